import type { Block, OfficialDocumentModel, Run } from '@/lib/minutes/document-model';
import { documentNumberLine, formatVietnameseDate, recipientLines } from '@/lib/minutes/format';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.bold && r.italic ? (
          <strong key={i}>
            <em>{r.text}</em>
          </strong>
        ) : r.bold ? (
          <strong key={i}>{r.text}</strong>
        ) : r.italic ? (
          <em key={i}>{r.text}</em>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'table') {
    const total = block.widths.reduce((s, w) => s + w, 0);
    return (
      <div className="mb-[6pt] overflow-x-auto">
        <table className="w-full border-collapse text-[12pt]">
          <colgroup>
            {block.widths.map((w, i) => (
              <col key={i} style={{ width: `${(w / total) * 100}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.header.map((h, i) => (
                <th key={i} scope="col" className="border border-black px-1 py-0.5 text-center font-bold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j} className={`border border-black px-1 py-0.5 ${j === 1 ? 'text-left' : 'text-center'}`}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  if (block.kind === 'heading')
    return (
      <p className="mb-[6pt] font-bold">
        <Runs runs={block.runs} />
      </p>
    );
  if (block.kind === 'numbered')
    return (
      <p className={`mb-[6pt] text-justify indent-[1.27cm] ${block.level === 1 ? 'pl-[0.5cm]' : ''}`}>
        {block.label} <Runs runs={block.runs} />
      </p>
    );
  return (
    <p
      className={`mb-[6pt] ${block.align === 'center' ? 'text-center' : 'text-justify'} ${block.indent === false ? '' : 'indent-[1.27cm]'}`}
    >
      <Runs runs={block.runs} />
    </p>
  );
}

/**
 * An official document as an A4 page in the browser (NĐ 30/2020 layout): the print view and the
 * preview. The same model is exported to DOCX, so both say the same thing.
 */
export function OfficialDocumentView({ model }: { model: OfficialDocumentModel }) {
  const [first, second] = model.signatures;
  const signature = (s: NonNullable<typeof first>) => (
    <div className="text-center text-[13pt] font-bold uppercase">
      {s.authorityPrefix ? <p>{`${s.authorityPrefix}. ${s.authorityBody ?? ''}`}</p> : null}
      <p>{s.signerTitle}</p>
      <p className="mt-[4.5em] text-[14pt] normal-case">{s.signerName}</p>
    </div>
  );
  return (
    <article
      className="mx-auto w-full max-w-[210mm] bg-white px-[15mm] py-[20mm] text-[14pt] leading-snug text-black shadow-sm sm:pl-[30mm] print:shadow-none"
      style={{ fontFamily: '"Times New Roman", Times, "Liberation Serif", serif' }}
      data-testid="official-document"
    >
      {model.draftWatermark ? <p className="-mt-[10mm] mb-2 text-right text-[12pt] font-bold">DỰ THẢO</p> : null}
      <div className="grid grid-cols-[2fr_3fr] gap-2 text-center text-[13pt]">
        <div>
          {model.parentBody ? <p className="uppercase">{model.parentBody}</p> : null}
          <p className="font-bold uppercase">{model.issuingBody}</p>
          <hr className="mx-auto my-1 w-1/3 border-black" />
          <p>{documentNumberLine(model.number, model.symbol)}</p>
        </div>
        <div>
          <p className="text-[12pt] font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <hr className="mx-auto my-1 w-2/3 border-black" />
          <p className="italic">{formatVietnameseDate(model.place, model.issueDate)}</p>
        </div>
      </div>
      <h1 className="mt-6 text-center text-[14pt] font-bold">
        {{ notice: 'THÔNG BÁO', minutes: 'BIÊN BẢN', report: 'BÁO CÁO' }[model.kind]}
      </h1>
      <p className="text-center font-bold">{model.subject}</p>
      <hr className="mx-auto mt-1 mb-5 w-1/4 border-black" />
      {model.body.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
      <div className="mt-6 grid grid-cols-2 gap-4">
        {model.kind === 'minutes' && second ? (
          <>
            {signature(first!)}
            {signature(second)}
          </>
        ) : (
          <>
            <div className="text-[11pt]">
              <p className="text-[12pt] font-bold italic">Nơi nhận:</p>
              {recipientLines(model.recipients).map((r, i) => (
                <p key={i}>{r}</p>
              ))}
            </div>
            {first ? signature(first) : <div />}
          </>
        )}
      </div>
      {model.kind === 'minutes' ? (
        <div className="mt-6 text-[11pt]">
          <p className="text-[12pt] font-bold italic">Nơi nhận:</p>
          {recipientLines(model.recipients).map((r, i) => (
            <p key={i}>{r}</p>
          ))}
        </div>
      ) : null}
    </article>
  );
}
