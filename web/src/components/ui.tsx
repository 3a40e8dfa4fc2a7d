/** Thin React components over the Utrecht CSS classes (NL Design System). */
import { useEffect, useRef } from 'react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export function Heading({ level, children, id, focusOnMount = false }: { level: 1 | 2 | 3; children: ReactNode; id?: string; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  // Each screen's own page title (WCAG 2.4.2): the main heading, then the product.
  useEffect(() => {
    if (level !== 1) return;
    const name = ref.current?.textContent?.trim() ?? '';
    if (name !== '') document.title = `${name} - Casustafel`;
  }, [level, children]);
  const className = `utrecht-heading-${level}`;
  const props = { className, ref, ...(id === undefined ? {} : { id }), ...(level === 1 ? { tabIndex: -1 } : {}) };
  if (level === 1) return <h1 {...props}>{children}</h1>;
  if (level === 2) return <h2 {...props}>{children}</h2>;
  return <h3 {...props}>{children}</h3>;
}

export function Paragraph({ children, lead = false }: { children: ReactNode; lead?: boolean }) {
  return <p className={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'}>{children}</p>;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { readonly appearance?: 'primary' | 'secondary' | 'subtle'; readonly busy?: boolean };

export function Button({ appearance = 'primary', busy = false, className, type = 'button', children, ...rest }: ButtonProps) {
  const look = appearance === 'primary' ? 'utrecht-button--primary-action' : appearance === 'secondary' ? 'utrecht-button--secondary-action' : 'utrecht-button--subtle';
  return (
    <button
      type={type}
      className={['utrecht-button', look, busy ? 'utrecht-button--busy' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}

export function Alert({ type, children, role }: { type: 'error' | 'info' | 'ok' | 'warning'; children: ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role ?? (type === 'error' ? 'alert' : 'status')}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function StatusBadge({ children, status = 'neutral' }: { children: ReactNode; status?: 'neutral' | 'active' | 'warning' | 'danger' | 'success' | 'inactive' }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}

export function DataList({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map(([key, value]) => (
        <div className="utrecht-data-list__item" key={key}>
          <dt className="utrecht-data-list__item-key">{key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function UnorderedList({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list">{children}</ul>;
}

export function ListItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}

export function Table({ caption, head, rows }: { caption: ReactNode; head: readonly ReactNode[]; rows: readonly (readonly [string, readonly ReactNode[]])[] }) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h, i) => (
              <th key={i} scope="col" className="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map(([key, cells]) => (
            <tr className="utrecht-table__row" key={key}>
              {cells.map((c, i) => (
                <td key={i} className="utrecht-table__cell">
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

export function Section({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <section aria-labelledby={labelledBy} className="ct-section">
      {children}
    </section>
  );
}
