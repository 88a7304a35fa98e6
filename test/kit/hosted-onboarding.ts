/**
 * Fills and submits the sandbox's hosted onboarding form as a browser would, keeping its
 * prefilled test values except for `answers` (e.g. `{ dob: '1900-01-01' }`); returns the redirect.
 */
export async function submitHostedOnboarding(linkUrl: string, answers: Record<string, string> = {}): Promise<string> {
  const page = await fetch(linkUrl, { redirect: 'manual' });
  if (page.status !== 200) throw new Error(`hosted onboarding page answered ${page.status} (${page.headers.get('location')})`);
  const html = await page.text();
  const [, action, form] = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html) ?? [];
  if (action === undefined || form === undefined) throw new Error('no form on the hosted onboarding page');
  const fields = new URLSearchParams();
  for (const input of form.matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields.append(name, answers[name] ?? decodeEntities(/value="([^"]*)"/.exec(input[0])?.[1] ?? ''));
  }
  const response = await fetch(new URL(decodeEntities(action), linkUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (!location) throw new Error(`hosted onboarding submit answered ${response.status} without a redirect`);
  return location;
}

/** Follows one redirect without fetching its target; returns where it points. */
export async function redirectTarget(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`${url} answered ${response.status} without a redirect: ${await response.text()}`);
  return new URL(location, url).toString();
}

/** Where a browser ends up from `url`: every redirect it follows, and the page it finally shows. */
export async function followRedirects(url: string, maxHops = 10): Promise<{ hops: string[]; status: number; body: string }> {
  const hops: string[] = [];
  let current = url;
  for (;;) {
    const response = await fetch(current, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (!location || response.status < 300 || response.status >= 400) return { hops, status: response.status, body: await response.text() };
    await response.body?.cancel();
    if (hops.length === maxHops) throw new Error(`still redirecting after ${maxHops} hops: ${hops.join(' -> ')}`);
    current = new URL(location, current).toString();
    hops.push(current);
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
}
