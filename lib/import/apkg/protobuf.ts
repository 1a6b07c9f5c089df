/** A protobuf field: its number and either a varint or the raw bytes of a length-delimited value. */
export type ProtoField = { field: number; varint: number } | { field: number; bytes: Uint8Array };

/** Reads the top-level fields of a protobuf message (varint and length-delimited only; others are skipped). */
export function readProto(data: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let i = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (i >= data.length) throw new Error('truncated protobuf');
      const byte = data[i++];
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
      shift += 7;
      if (shift > 63) throw new Error('bad protobuf varint');
    }
  };
  while (i < data.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) fields.push({ field, varint: varint() });
    else if (wire === 2) {
      const length = varint();
      if (i + length > data.length) throw new Error('truncated protobuf');
      fields.push({ field, bytes: data.subarray(i, i + length) });
      i += length;
    } else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  return fields;
}

const decoder = new TextDecoder();
export const protoString = (fields: ProtoField[], number: number): string | undefined => {
  const f = fields.find((x) => x.field === number && 'bytes' in x);
  return f && 'bytes' in f ? decoder.decode(f.bytes) : undefined;
};
export const protoVarint = (fields: ProtoField[], number: number): number | undefined => {
  const f = fields.find((x) => x.field === number && 'varint' in x);
  return f && 'varint' in f ? f.varint : undefined;
};
