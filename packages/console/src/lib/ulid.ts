/**
 * A ULID made in the browser: the idempotency key of a request a person may submit twice (a
 * transfer whose answer was lost). Time first, then 80 random bits, in Crockford's base 32.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newUlid(now = Date.now()): string {
  let time = "";
  for (let i = 0, rest = now; i < 10; i++, rest = Math.floor(rest / 32)) time = ALPHABET[rest % 32] + time;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return time + [...bytes].map((b) => ALPHABET[b % 32]).join("");
}
