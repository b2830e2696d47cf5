import { expect } from '@open-wc/testing';
import { generateRecordKey, isRecordKey, openValue, sealValue } from './record-cipher.js';

async function rejects(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { name?: string }).name ?? 'error';
  }
  return 'resolved';
}

describe('record cipher', () => {
  it('makes a non-extractable AES-GCM 256 key that cannot be exported', async () => {
    const key = await generateRecordKey();
    expect(isRecordKey(key)).to.equal(true);
    expect(key.extractable).to.equal(false);
    expect((key.algorithm as AesKeyAlgorithm).length).to.equal(256);
    expect(await rejects(crypto.subtle.exportKey('raw', key))).to.equal('InvalidAccessError');
    expect(isRecordKey('key')).to.equal(false);
    expect(isRecordKey(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']))).to.equal(false);
  });

  it('round-trips text and binds collection, id and version', async () => {
    const key = await generateRecordKey();
    const json = JSON.stringify({ id: 'd1', notes: 'Hej 😀 \u202e' });
    const sealed = await sealValue(key, json, 'drafts', 'd1', 3);
    expect(sealed.iv.byteLength).to.equal(12);
    expect(sealed.ciphertext.byteLength).to.equal(new TextEncoder().encode(json).byteLength + 16);
    expect(await openValue(key, sealed, 'drafts', 'd1', 3)).to.equal(json);
    expect(await rejects(openValue(key, sealed, 'drafts', 'd2', 3))).to.equal('OperationError');
    expect(await rejects(openValue(key, sealed, 'visits', 'd1', 3))).to.equal('OperationError');
    expect(await rejects(openValue(key, sealed, 'drafts', 'd1', 4))).to.equal('OperationError');
    // Ambiguous joins cannot collide: ("a,b", "c") and ("a", "b,c") are different contexts.
    const joined = await sealValue(key, json, 'a.b', 'c', 1);
    expect(await rejects(openValue(key, joined, 'a', 'b.c', 1))).to.equal('OperationError');
    expect(await rejects(openValue(await generateRecordKey(), sealed, 'drafts', 'd1', 3))).to.equal('OperationError');
  });
});
