// The signature itself: a CMS SignedData over the signed bytes of the PDF, detached, as PAdES
// baseline B-B asks (ETSI EN 319 142-1, ETSI.CAdES.detached): SHA-256, the signed attributes
// content-type, message-digest and ESS signing-certificate-v2 (which binds the signer's
// certificate into what is signed), and no signing-time attribute — the claimed time is the
// signature dictionary's /M. @signpdf's P12Signer writes adbe.pkcs7.detached attributes (with a
// signing-time and no signing-certificate), so the SignedData is built here, with node-forge's
// ASN.1 and PKCS#12 and Node's crypto for the RSA signature and the checks.
import { createHash, createPrivateKey, sign as rsaSign, verify as cryptoVerify, X509Certificate, type KeyObject } from 'node:crypto';
import type * as Forge from 'node-forge';
import { requireCjs } from '../runtime/cjs.js';

const forge = requireCjs('node-forge') as typeof Forge;
const { asn1 } = forge;
type Asn1 = Forge.asn1.Asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;
/** Digests a verifier meets, by OID. */
const DIGESTS: Record<string, string> = { [OID.sha256]: 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512', '1.3.14.3.2.26': 'sha1' };

const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;
const bin = (b: Buffer) => b.toString('binary');
const oid = (o: string) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
const seq = (...v: Asn1[]) => asn1.create(U, T.SEQUENCE, true, v);
const octets = (b: Buffer) => asn1.create(U, T.OCTETSTRING, false, bin(b));
const int = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const algorithm = (o: string) => seq(oid(o), asn1.create(U, T.NULL, false, ''));
const tagged = (n: number, v: Asn1[]) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, n, true, v);
const der = (a: Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');
const attribute = (type: string, value: Asn1) => seq(oid(type), asn1.create(U, T.SET, true, [value]));

/** A signer: the private key, its certificate (DER) and the rest of its chain. */
export interface SigningIdentity {
  key: KeyObject;
  certificate: Buffer;
  chain: Buffer[];
}

/** The key and certificates of a PKCS#12 file (.p12/.pfx); throws on a wrong passphrase. */
export function openP12(p12: Buffer, passphrase: string): SigningIdentity {
  const store = withUtf8Pbes2(() => forge.pkcs12.pkcs12FromAsn1(asn1.fromDer(bin(p12)), false, passphrase));
  const bagsOf = (type: string) => store.getBags({ bagType: type })[type] ?? [];
  const keyBag = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bagsOf(forge.pki.oids.keyBag!)].find((b) => b.key);
  if (!keyBag?.key) throw new Error('no private key');
  const privateKey = keyBag.key as Forge.pki.rsa.PrivateKey;
  const certs = bagsOf(forge.pki.oids.certBag!).flatMap((b) => (b.cert ? [b.cert] : []));
  const own = certs.find((c) => {
    const pub = c.publicKey as Forge.pki.rsa.PublicKey;
    return pub.n?.equals(privateKey.n) && pub.e?.equals(privateKey.e);
  });
  if (!own) throw new Error('no certificate for the key');
  const certDer = (c: Forge.pki.Certificate) => der(forge.pki.certificateToAsn1(c));
  return {
    key: createPrivateKey(forge.pki.privateKeyToPem(privateKey)),
    certificate: certDer(own),
    chain: certs.filter((c) => c !== own).map(certDer),
  };
}

/**
 * Runs `read` with PBES2 given the passphrase as UTF-8 bytes. PKCS#12 uses the passphrase twice:
 * as a BMPString for the MAC and the legacy ciphers (forge does that right) and, under PBES2 —
 * OpenSSL 3's default — as UTF-8, where forge hands PBKDF2 each character's low byte: a Thai
 * passphrase then opens the MAC but not the key.
 */
function withUtf8Pbes2<T>(read: () => T): T {
  const pbe = (forge.pki as unknown as { pbe: { getCipherForPBES2: (oid: string, params: unknown, password: string) => unknown } }).pbe;
  const original = pbe.getCipherForPBES2;
  pbe.getCipherForPBES2 = (oid, params, password) => original(oid, params, forge.util.encodeUtf8(password));
  try {
    return read();
  } finally {
    pbe.getCipherForPBES2 = original;
  }
}

/** The CMS SignedData (DER) of `content`, signed by `who`. */
export function signCms(content: Buffer, who: SigningIdentity): Buffer {
  const cert = asn1.fromDer(bin(who.certificate));
  const tbs = (cert.value as Asn1[])[0]!;
  const fields = tbs.value as Asn1[];
  const v = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const serial = fields[v]!;
  const issuer = fields[v + 2]!;
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(sha256(content))),
    attribute(OID.signingCertificateV2, seq(seq(seq(octets(sha256(who.certificate)))))),
  ]
    .map(der)
    .sort(Buffer.compare); // DER orders a SET OF by encoding
  const signedSet = Buffer.concat([derHeader(0x31, attrs.reduce((n, a) => n + a.length, 0)), ...attrs]);
  const signature = rsaSign('sha256', signedSet, who.key);
  const signedAttrs = asn1.fromDer(bin(signedSet));
  signedAttrs.tagClass = asn1.Class.CONTEXT_SPECIFIC;
  signedAttrs.type = 0; // [0] IMPLICIT
  const signerInfo = seq(int(1), seq(issuer, serial), algorithm(OID.sha256), signedAttrs, algorithm(OID.rsaEncryption), octets(signature));
  const certs = [who.certificate, ...who.chain].map((c) => asn1.fromDer(bin(c)));
  const signedData = seq(int(1), asn1.create(U, T.SET, true, [algorithm(OID.sha256)]), seq(oid(OID.data)), tagged(0, certs), asn1.create(U, T.SET, true, [signerInfo]));
  return der(seq(oid(OID.signedData), tagged(0, [signedData])));
}

/** A DER tag and length. */
function derHeader(tag: number, length: number): Buffer {
  if (length < 0x80) return Buffer.from([tag, length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return Buffer.from([tag, 0x80 | bytes.length, ...bytes]);
}

export interface CmsCheck {
  /** The signer's certificate. */
  signer?: X509Certificate;
  /** The digest of the signed bytes is the one signed. */
  digestMatches: boolean;
  /** The signature over the signed attributes verifies with the signer's key. */
  signatureValid: boolean;
  /** PAdES: signing-certificate-v2 present and naming the signer's certificate. */
  certificateBound: boolean;
  /** A signing-time attribute, when there is one (PAdES puts the time in /M instead). */
  signingTime?: Date;
}

/** Checks a detached CMS SignedData against the bytes it says it signs. */
export function checkCms(cms: Buffer, content: Buffer): CmsCheck {
  const info = asn1.fromDer(bin(cms), { parseAllBytes: false } as unknown as boolean);
  const signedData = ((info.value as Asn1[])[1]!.value as Asn1[])[0]!;
  const parts = signedData.value as Asn1[];
  const certs = parts.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const certificates = ((certs?.value as Asn1[] | undefined) ?? []).map((c) => new X509Certificate(der(c)));
  const signerInfo = (parts.at(-1)!.value as Asn1[])[0]!;
  const si = signerInfo.value as Asn1[];
  const sid = si[1]!.value as Asn1[];
  const serial = Buffer.from(sid[1]!.value as string, 'binary').toString('hex').replace(/^0+/, '').toUpperCase();
  const signer = certificates.find((c) => c.serialNumber.replace(/^0+/, '').toUpperCase() === serial) ?? certificates[0];
  const digestName = DIGESTS[asn1.derToOid((si[2]!.value as Asn1[])[0]!.value as string)] ?? 'sha256';
  const attrs = si[3]!;
  const byType = new Map<string, Asn1>();
  for (const a of attrs.value as Asn1[]) {
    const [type, values] = a.value as Asn1[];
    byType.set(asn1.derToOid(type!.value as string), (values!.value as Asn1[])[0]!);
  }
  const digest = byType.get(OID.messageDigest);
  const digestMatches = !!digest && Buffer.from(digest.value as string, 'binary').equals(createHash(digestName).update(content).digest());
  const set = der(attrs);
  set[0] = 0x31; // signed as a SET OF, written as [0] IMPLICIT
  const signature = Buffer.from(si[5]!.value as string, 'binary');
  let signatureValid = false;
  try {
    signatureValid = !!signer && cryptoVerify(digestName, set, signer.publicKey, signature);
  } catch {
    signatureValid = false;
  }
  const bound = byType.get(OID.signingCertificateV2);
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { [hashAlgorithm], certHash, [issuerSerial] } … }
  const essCertId = bound ? (((bound.value as Asn1[])[0]!.value as Asn1[])[0]!.value as Asn1[]) : [];
  const certHash = essCertId.find((x) => x.tagClass === U && x.type === T.OCTETSTRING);
  const boundHash = certHash ? Buffer.from(certHash.value as string, 'binary') : undefined;
  const time = byType.get(OID.signingTime);
  return {
    ...(signer ? { signer } : {}),
    digestMatches,
    signatureValid,
    certificateBound: !!signer && !!boundHash && boundHash.equals(createHash('sha256').update(signer.raw).digest()),
    ...(time ? { signingTime: time.type === T.UTCTIME ? asn1.utcTimeToDate(time.value as string) : asn1.generalizedTimeToDate(time.value as string) } : {}),
  };
}
