import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, csvChunks, csvLine } from '../../api/csv';

describe(csvCell.name, () => {
  it('leaves plain text as it is and empties a missing value', () => {
    assert.equal(csvCell('PC-042'), 'PC-042');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
  });

  it('quotes a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
  });

  it('prefixes a cell a spreadsheet would run as a formula with a quote (OWASP)', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      assert.equal(csvCell(formula), `"'${formula}"`);
    }
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  });
});

describe(csvChunks.name, () => {
  it('writes the header, then a chunk of CRLF lines per batch', async () => {
    const batches = (async function* () {
      yield [{ a: 'x', b: 1 }];
      yield [{ a: 'y', b: 2 }, { a: 'z', b: 3 }];
    })();
    const chunks: string[] = [];
    for await (const chunk of csvChunks<{ a: string; b: number }>([{ header: 'a', cell: (row) => row.a }, { header: 'b', cell: (row) => row.b }], batches)) {
      chunks.push(chunk);
    }
    assert.deepEqual(chunks, [csvLine(['a', 'b']), 'x,1\r\n', 'y,2\r\nz,3\r\n']);
  });
});
