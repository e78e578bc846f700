/**
 * Refuses to build a lab whose prefix or link overlaps a route that is already in the root
 * namespace (another engineer's lab, or a real network): the lab's route would shadow it.
 */
import { execFileSync } from 'node:child_process';

function range(cidr: string): [number, number] {
  const [address = '', lengthText = '32'] = cidr.split('/');
  const value = address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(lengthText));
  const first = value - (value % size);
  return [first, first + size - 1];
}

/** Throws, naming the route, when any of `cidrs` overlaps an IPv4 route other than the default one. */
export function assertNoRouteOverlap(cidrs: readonly string[]): void {
  const routes = execFileSync('ip', ['-4', 'route', 'show', 'table', 'all'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((destination) => /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(destination) && !destination.startsWith('0.'));
  for (const cidr of cidrs) {
    const [first, last] = range(cidr);
    const clash = routes.find((route) => {
      const [routeFirst, routeLast] = range(route.includes('/') ? route : `${route}/32`);
      return routeFirst <= last && first <= routeLast;
    });
    if (clash) {
      throw new Error(`${cidr} overlaps the route ${clash} already in the root namespace (another lab?): choose another LAB prefix or LAB_LINK`);
    }
  }
}
