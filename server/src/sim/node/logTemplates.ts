/**
 * The placeholders of the image catalogue's log lines (images/facts.ts LOG_PLACEHOLDERS), filled in with the time
 * each line was printed, in each program's own format (klog's `MMDD hh:mm:ss.uuuuuu`, nginx's, Redis's, …).
 */

export interface LogVars {
  hostname: string;
  podIP: string;
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function fillLogTemplate(text: string, at: number, vars: LogVars): string {
  if (!text.includes('{')) return text;
  const d = new Date(at);
  const Y = d.getUTCFullYear();
  const M = pad(d.getUTCMonth() + 1);
  const D = pad(d.getUTCDate());
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = pad(d.getUTCMilliseconds(), 3);
  const mon = MONTHS[d.getUTCMonth()] ?? '';
  const day = DAYS[d.getUTCDay()] ?? '';
  return text
    .replace(/\{date\}/g, `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms} UTC ${Y}`)
    .replace(/\{ngx\}/g, `${Y}/${M}/${D} ${hms}`)
    .replace(/\{goLog\}/g, `${Y}/${M}/${D} ${hms}`)
    .replace(/\{iso\}/g, `${Y}-${M}-${D}T${hms}.${ms}Z`)
    .replace(/\{klog\}/g, `${M}${D} ${hms}.${ms}000`)
    .replace(/\{httpd\}/g, `${day} ${mon} ${D} ${hms}.${ms}000 ${Y}`)
    .replace(/\{redis\}/g, `${D} ${mon} ${Y} ${hms}.${ms}`)
    .replace(/\{pg\}/g, `${Y}-${M}-${D} ${hms}.${ms}`)
    .replace(/\{mysql\}/g, `${Y}-${M}-${D}T${hms}.${ms}000Z`)
    .replace(/\{mysqlEntry\}/g, `${Y}-${M}-${D} ${hms}+00:00`)
    .replace(/\{hostname\}/g, vars.hostname)
    .replace(/\{podIP\}/g, vars.podIP);
}
