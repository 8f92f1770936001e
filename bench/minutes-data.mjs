// A minutes data file of a given size for the layout benchmarks: the example minutes with
// `paragraphs` agenda paragraphs under headings — agenda items (ระเบียบวาระ, kept with the next
// block) with topics (also kept) of one to three paragraphs each and a resolution, so that page
// breaks fall before headings all through the document. Deterministic: the same size gives the
// same file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const SENTENCES = [
  'ฝ่ายเลขานุการเสนอให้ส่วนราชการซักซ้อมการนำเสนอผลการดำเนินงานตามตัวชี้วัดของจังหวัด',
  'เพื่อเตรียมความพร้อมรับการตรวจประเมินรางวัลคุณภาพการบริหารจัดการภาครัฐ ประจำปี 2564',
  'โดยให้แต่ละหน่วยงานจัดทำเอกสารประกอบการนำเสนอไม่เกิน 10 หน้า และส่งให้ฝ่ายเลขานุการภายในวันที่ 20 กรกฎาคม 2564',
  'ทั้งนี้ ขอให้ผู้นำเสนอเตรียมข้อมูลเชิงลึกเพื่อตอบข้อซักถามของคณะกรรมการตรวจประเมินอย่างครบถ้วน',
  'ประธานมอบหมายให้สำนักงานพัฒนาชุมชนจังหวัดตราดประสานงานกับส่วนราชการที่เกี่ยวข้อง',
];
const RESOLUTIONS = ['ที่ประชุมรับทราบ', 'ที่ประชุมเห็นชอบตามที่ฝ่ายเลขานุการเสนอ', 'ที่ประชุมมอบหมายให้ส่วนราชการดำเนินการต่อไป'];

const sentence = (k, n) => Array.from({ length: n }, (_, j) => SENTENCES[(k + j) % SENTENCES.length]).join(' ');
const quote = (s) => JSON.stringify(s);

/** YAML text of minutes with about `paragraphs` paragraphs (details and resolutions). */
export function minutesYaml(paragraphs) {
  const items = [];
  let made = 0;
  for (let k = 0; made < paragraphs; k++) {
    const topics = [];
    for (let t = 0; t < 1 + (k % 3) && made < paragraphs; t++) {
      const details = Array.from({ length: 1 + ((k + t) % 3) }, (_, d) => quote(sentence(k + t + d, 1 + ((k + d) % 3))));
      made += details.length + 1;
      topics.push(`        - title: ${quote(`เรื่องที่ ${t + 1} ${SENTENCES[(k + t) % SENTENCES.length].slice(0, 30)}`)}\n          details: [${details.join(', ')}]\n          resolution: ${quote(RESOLUTIONS[(k + t) % 3])}`);
    }
    items.push(`    - title: ${quote(`เรื่องพิจารณาที่ ${k + 1}`)}\n      topics:\n${topics.join('\n')}`);
  }
  const example = readFileSync(path.join(ROOT, 'templates/examples/minutes.yaml'), 'utf8');
  return example.replace(/ {2}agenda:[^\n]*\n(?: {4}[^\n]*\n)+/, `  agenda:\n${items.join('\n')}\n`);
}

/** Writes the data file into `dir` and returns its path. */
export function writeMinutes(dir, paragraphs) {
  const file = path.join(dir, `minutes-${paragraphs}.yaml`);
  writeFileSync(file, minutesYaml(paragraphs));
  return file;
}
