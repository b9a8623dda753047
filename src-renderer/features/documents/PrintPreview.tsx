import {
  codeLines,
  columnHeaderLines,
  contentWidthPt,
  type DocColumn,
  labelColumnPt,
  labelLines,
  PAGE_NUMBER_TEXT,
  signatureGroup,
  signatureLines,
  signaturesFitOneLine,
  TYPE_PT,
  type DocBlock,
  type DocCell,
  type DocModel,
  wholeRuns,
} from '../../../src-shared/documents/doc-model';
import { printCss, type PrintFont } from './print-styles';

export interface PrintPreviewProps {
  model: DocModel;
  /** 黑体 (the default) for anything that may be faxed; 宋体 only for documents read on screen. */
  font?: PrintFont;
}

export interface PrintPreviewDocumentsProps {
  /** Printed one after another, each from a new page, like the sections of one Word file. */
  models: DocModel[];
  font?: PrintFont;
}

/**
 * A document model as paper: a white A4 sheet on grey, in the same text and order as its Word file.
 *
 * Printing contract: the preview's root carries `.print-root`. While it is mounted, printing the page
 * prints only what is inside `.print-root` (everything else is hidden by its print CSS), on A4 with the
 * model's orientation and the Word file's margins, the running header and 第 X 页 共 Y 页 on every page.
 * A page mounts at most one preview at a time and calls `window.print()`; nothing else needs print CSS.
 */
export function PrintPreview({ model, font = 'SimHei' }: PrintPreviewProps) {
  return <PrintPreviewDocuments models={[model]} font={font} />;
}

/** Several document models as one printout, each starting a new page with its own orientation. */
export function PrintPreviewDocuments({ models, font = 'SimHei' }: PrintPreviewDocumentsProps) {
  return (
    <div className="print-root rd-print">
      <style dangerouslySetInnerHTML={{ __html: printCss(models, font) }} />
      {models.map((model, i) => (
        <Sheet key={i} model={model} index={i} />
      ))}
    </div>
  );
}

function Sheet({ model, index }: { model: DocModel; index: number }) {
  const code = codeLines(model, contentWidthPt(model.orientation));
  const labelWidth = labelColumnPt(model.blocks);
  const [before, between, after] = PAGE_NUMBER_TEXT;
  return (
    <article
      className="rd-sheet"
      data-orientation={model.orientation}
      data-page={index}
      aria-label={model.title}
    >
      <div className="rd-head-zone">
        <div className="rd-head">
          <span>{model.header.left}</span>
          <span>{model.header.right}</span>
        </div>
      </div>
      <h1 className="rd-title">{model.title}</h1>
      {code.length > 0 && <p className="rd-code">{code.join('\n')}</p>}
      {keptGroups(model.blocks).map((group, i) => {
        const blocks = group.map((block, j) => (
          <Block key={j} block={block} labelWidth={labelWidth} orientation={model.orientation} />
        ));
        // A short block and the signatures after it print on one page, as in the Word file.
        return group.length > 1 ? (
          <div key={i} className="rd-kept">
            {blocks}
          </div>
        ) : (
          blocks
        );
      })}
      <footer className="rd-foot-zone">
        {/* One continuous sheet on screen: the numbers are filled in page by page when printed. */}
        <div className="rd-page-line" title="打印时逐页编号">
          {`${before}X${between}Y${after}`}
        </div>
        <div>{model.footerNote}</div>
      </footer>
    </article>
  );
}

/** The blocks in order, the short group ending with the signatures (signatureGroup) as one. */
function keptGroups(blocks: DocBlock[]): DocBlock[][] {
  const group = signatureGroup(blocks);
  if (!group) return blocks.map((b) => [b]);
  return [
    ...blocks.slice(0, group[0]).map((b) => [b]),
    blocks.slice(group[0], group[1] + 1),
    ...blocks.slice(group[1] + 1).map((b) => [b]),
  ];
}

function Block({
  block,
  labelWidth,
  orientation,
}: {
  block: DocBlock;
  labelWidth: number;
  orientation: DocModel['orientation'];
}) {
  switch (block.kind) {
    case 'fieldGrid':
      return (
        <FieldGrid
          columns={block.columns}
          cells={block.cells}
          large={!!block.large}
          labelWidth={labelWidth}
        />
      );
    case 'table':
      return (
        <RowTable
          title={block.title}
          columns={block.columns}
          rows={block.rows}
          widthPt={contentWidthPt(orientation)}
        />
      );
    case 'text':
      if (block.plain) {
        return (
          <div className={block.large ? 'rd-notice rd-large' : 'rd-notice'}>
            {block.label && <p className="rd-notice-label">{block.label}</p>}
            {(block.value === '' ? [] : block.value.split('\n')).map((line, i) => (
              <p key={i} className="rd-line">
                {line}
              </p>
            ))}
          </div>
        );
      }
      return (
        <table
          className={['rd-box', block.large && 'rd-large', block.value.trim() && 'rd-filled']
            .filter(Boolean)
            .join(' ')}
        >
          <colgroup>
            <col style={{ width: `${labelWidth}pt` }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <Label
                text={block.label}
                width={labelWidth}
                size={block.large ? TYPE_PT.large : TYPE_PT.body}
              />
              <td>
                <Lines text={block.value} />
              </td>
            </tr>
          </tbody>
        </table>
      );
    case 'signatures': {
      const lines = signatureLines(block.items);
      const oneLine = signaturesFitOneLine(lines, contentWidthPt(orientation));
      return (
        <div className={oneLine ? 'rd-signatures rd-one-line' : 'rd-signatures'}>
          {lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      );
    }
  }
}

function FieldGrid({
  columns,
  cells,
  large,
  labelWidth,
}: {
  columns: number;
  cells: DocCell[];
  large: boolean;
  labelWidth: number;
}) {
  // Rows are laid out as in the Word file: a value spans its extra pairs, a short last row is closed by a blank cell.
  const rows: { label: string; value: string; colSpan: number }[][] = [];
  let current: { label: string; value: string; colSpan: number }[] = [];
  let used = 0;
  for (const c of cells) {
    const span = Math.min(Math.max(c.span ?? 1, 1), columns - used);
    current.push({ label: c.label, value: c.value, colSpan: 2 * span - 1 });
    used += span;
    if (used === columns) {
      rows.push(current);
      current = [];
      used = 0;
    }
  }
  if (current.length > 0) rows.push([...current, { label: '', value: '', colSpan: -2 * (columns - used) }]);
  return (
    <table className={large ? 'rd-grid rd-large' : 'rd-grid'}>
      <colgroup>
        {Array.from({ length: columns }, (_, i) => [
          <col key={`l${i}`} style={{ width: `${labelWidth}pt` }} />,
          <col key={`v${i}`} />,
        ])}
      </colgroup>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((c, i) =>
              c.colSpan < 0 ? (
                <td key={i} colSpan={-c.colSpan} />
              ) : (
                [
                  <Label
                    key={`l${i}`}
                    text={c.label}
                    width={labelWidth}
                    size={large ? TYPE_PT.large : TYPE_PT.body}
                  />,
                  <td key={`v${i}`} colSpan={c.colSpan > 1 ? c.colSpan : undefined}>
                    <Lines text={c.value} />
                  </td>,
                ]
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowTable({
  title,
  columns,
  rows,
  widthPt,
}: {
  title: string;
  columns: DocColumn[];
  rows: string[][][];
  widthPt: number;
}) {
  const total = columns.reduce((n, c) => n + c.width, 0) || 1;
  return (
    <>
      <p className="rd-caption">{title}</p>
      <table className="rd-table">
        <colgroup>
          {columns.map((c, i) => (
            <col key={i} style={{ width: `${(100 * c.width) / total}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i}>{columnHeaderLines(c.label, (widthPt * c.width) / total).join('\n')}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={row.every((c) => c.every((l) => l === '')) ? 'rd-blank-row' : undefined}>
              {row.map((cell, i) => (
                <td key={i} className={columns[i]?.numeric ? 'rd-num' : undefined}>
                  <Lines text={cell.join('\n')} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** One block per line, an empty line keeping its height, as Word's paragraphs do. */
function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <div key={i} className="rd-line">
          {wholeRuns(line).map((r, j) =>
            r.whole ? (
              <span key={j} className="rd-whole">
                {r.text}
              </span>
            ) : (
              r.text
            ),
          )}
        </div>
      ))}
    </>
  );
}

/** A label cell, broken into the same balanced lines as in the Word file; one text, so it reads whole. */
function Label({ text, width, size }: { text: string; width: number; size: number }) {
  return <td className="rd-label">{labelLines(text, width, size).join('\n')}</td>;
}
