import { locale } from './i18n.js';

/** Fen as yuan, e.g. ¥1,234.50. */
export const yuan = (fen) => (fen === null || fen === undefined
  ? '—'
  : (fen / 100).toLocaleString(locale(), { style: 'currency', currency: 'CNY', minimumFractionDigits: 0, maximumFractionDigits: 2 }));

export const count = (value) => (value === null || value === undefined ? '—' : value.toLocaleString(locale()));

export const percent = (ratio, digits = 1) => (ratio === null || ratio === undefined
  ? '—'
  : (ratio * 100).toLocaleString(locale(), { maximumFractionDigits: digits }) + '%');

export const decimal = (value, digits = 2) => (value === null || value === undefined
  ? '—'
  : value.toLocaleString(locale(), { maximumFractionDigits: digits }));

/** Escapes text for innerHTML. */
export const html = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
