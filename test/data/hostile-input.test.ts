// The library's promise: problems come back as values, whatever a program passes. A getter that
// throws, a list that holds itself, a BigInt, a symbol, a function, a Date, a Map, a Proxy whose
// trap throws, nesting without end: each is a problem with its field path, never a throw or a
// rejected promise; a getter runs once, however many stages read the data.
import { describe, expect, it } from 'vitest';
import { buildDocument, prepareTemplate, render, SarabanError, validate, type Problem, type SarabanInput } from '../../src/index.js';

const meeting = { title: 'ประชุม', date: '2021-07-29', start: '09:30', venue: 'ห้องประชุม', chair: { name: 'สมชาย' } };
const news = () => ({ agency: { name: 'สำนักงาน', abbreviation: 'สนง.' }, meeting: { ...meeting }, news: {} as Record<string, unknown> });

const keysAndFields = (problems: readonly Problem[]) => problems.map((p) => [p.key, p.field]);

describe('data a program passes, checked without throwing', () => {
  it('a getter that throws is a problem of its field, in both languages', async () => {
    const data = news();
    Object.defineProperty(data.meeting, 'venue', { enumerable: true, get: () => { throw new Error('database offline'); } });
    const r = validate(data);
    expect(r.ok).toBe(false);
    expect(keysAndFields(r.problems)).toEqual([['data-unreadable', 'meeting.venue']]);
    expect(r.problems[0]!.message).toBe('this value cannot be read: database offline');
    expect(validate(data, { lang: 'th' }).problems[0]!.message).toBe('อ่านค่านี้ไม่ได้: database offline');
    const rendered = await render(data, { template: 'news', formats: ['txt'] });
    expect(rendered.ok).toBe(false);
    expect(rendered.problems[0]!.key).toBe('data-unreadable');
  });

  it('a list that contains itself, and an object that holds its parent, name where they loop to', () => {
    const data = news();
    const points: unknown[] = [{ text: 'ก' }];
    points.push(points);
    data.news.points = points;
    const chair = { name: 'สมชาย', boss: {} as unknown };
    chair.boss = data.meeting;
    (data.meeting as Record<string, unknown>).chair = chair;
    const r = validate(data);
    expect(keysAndFields(r.problems)).toEqual([
      ['data-cycle', 'meeting.chair.boss'],
      ['data-cycle', 'news.points[1]'],
    ]);
    expect(r.problems[0]!.message).toBe('the data loops back on itself: this value is meeting, which holds it');
    expect(r.problems[1]!.message).toBe('the data loops back on itself: this value is news.points, which holds it');
  });

  it('a BigInt, a symbol, a function, a Date and a Map are each named with their path', () => {
    const data = news();
    data.news.votes = { for: 39n };
    data.news.byline = Symbol('x');
    data.news.action = function action() {
      return 'ร่วมประชุม';
    };
    (data.meeting as Record<string, unknown>).date = new Date('2021-07-29T00:00:00Z');
    data.news.hashtags = new Map([['a', 1]]);
    const r = validate(data);
    expect(keysAndFields(r.problems)).toEqual([
      ['data-unsupported', 'meeting.date'],
      ['data-unsupported', 'news.votes.for'],
      ['data-unsupported', 'news.byline'],
      ['data-unsupported', 'news.action'],
      ['data-unsupported', 'news.hashtags'],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      '2021-07-29 is a Date object, which cannot be data',
      '39n is a BigInt, which cannot be data',
      'Symbol(x) is a symbol, which cannot be data',
      'action() is a function, which cannot be data',
      'Map is a Map object, which cannot be data',
    ]);
  });

  it('a Proxy whose traps throw, and nesting without end, are problems too', () => {
    const data = news();
    data.news.lead = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    let deep: unknown = 'x';
    for (let k = 0; k < 5000; k++) deep = [deep];
    (data as Record<string, unknown>).extra = { deep };
    const r = validate(data);
    expect(keysAndFields(r.problems)).toEqual([
      ['data-unreadable', 'news.lead'],
      ['data-too-deep', `extra.deep${'[0]'.repeat(98)}`],
    ]);
  });

  it('a getter runs once, however many stages read the data; shared parts that do not loop are fine', async () => {
    let reads = 0;
    const data = news();
    Object.defineProperty(data.meeting, 'venue', { enumerable: true, get: () => (++reads, 'ห้องประชุม') });
    const person = { title: 'นาย', name: 'สมชาย', surname: 'ใจดี', position: 'ประธาน' };
    (data.meeting as Record<string, unknown>).chair = person;
    data.news.lead = { with: [person] };
    const r = await render(data, { template: 'news', formats: ['txt'] });
    expect(r.problems).toEqual([]);
    expect(reads).toBe(1);
    expect(new TextDecoder().decode(r.ok ? r.documents[0]!.bytes : new Uint8Array())).toContain('ณ ห้องประชุม');
    // A value with a problem is read again to word the message: from the copy, not the getter.
    let starts = 0;
    const late = news();
    Object.defineProperty(late.meeting, 'start', { enumerable: true, get: () => (++starts, '25:00') });
    expect(keysAndFields(validate(late).problems)).toEqual([['time-out-of-range', 'meeting.start']]);
    expect(starts).toBe(1);
  });

  it('buildDocument on such data fails with a SarabanError naming the field, never another throw', async () => {
    const data = news();
    Object.defineProperty(data.meeting, 'venue', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    const template = await prepareTemplate('news');
    let error: unknown;
    try {
      buildDocument(data as SarabanInput, template, '.');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SarabanError);
    expect(error).toMatchObject({ key: 'data-unreadable', field: 'meeting.venue' });
  });

  it('shared parts that multiply past the cap are one problem, found quickly', () => {
    let shared: unknown = { name: 'ก' };
    for (let k = 0; k < 30; k++) shared = [shared, shared];
    const started = Date.now();
    const r = validate({ extra: { shared } });
    expect(keysAndFields(r.problems)).toEqual([['data-too-large', undefined]]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
