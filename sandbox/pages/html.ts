const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Inline styles only: the pages must work offline, with no external assets. */
const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; background: #f6f9fc; color: #1a1f36; }
  main { max-width: 34rem; margin: 2rem auto; padding: 2rem; background: #fff; border-radius: 8px;
         box-shadow: 0 2px 8px rgba(50, 50, 93, 0.12); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .test-banner { background: #fff4e5; border: 1px solid #f5a623; border-radius: 4px; padding: 0.5rem 0.75rem; font-size: 0.9rem; }
  fieldset { border: 1px solid #e3e8ee; border-radius: 6px; margin: 1rem 0; padding: 0.75rem 1rem 1rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  label { display: block; margin-top: 0.75rem; font-size: 0.9rem; }
  input { display: block; width: 100%; box-sizing: border-box; margin-top: 0.25rem; padding: 0.5rem;
          border: 1px solid #a3acb9; border-radius: 4px; font-size: 1rem; }
  input:focus, button:focus { outline: 3px solid #80b3ff; outline-offset: 1px; }
  button { margin-top: 1.25rem; width: 100%; padding: 0.75rem; border: 0; border-radius: 4px; background: #635bff;
           color: #fff; font-size: 1rem; font-weight: 600; cursor: pointer; }
  .test-values { margin: 1rem 0; padding: 0.5rem 0.75rem; border: 1px dashed #a3acb9; border-radius: 6px; font-size: 0.85rem; }
  .test-values h2 { font-size: 1rem; margin: 0.25rem 0; }
  .test-values dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; margin: 0; }
  .test-values dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
  th, td { text-align: left; padding: 0.4rem; border-bottom: 1px solid #e3e8ee; }
`;

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}
