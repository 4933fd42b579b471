// Covers: every route of the contract has its method and path in the client's table, the same
// ones, and the table names no route the contract does not have.
import { describe, expect, it } from 'vitest';
import { routes, type RouteName } from '../../contract/routes.js';
import { ROUTE_PATHS } from './route-paths.js';

const names = Object.keys(routes) as RouteName[];

describe('ROUTE_PATHS', () => {
  it.each(names)('%s goes where the contract says', (name) => {
    expect(ROUTE_PATHS[name]).toEqual({ method: routes[name].method, path: routes[name].path });
  });

  it('names exactly the contract’s routes', () => {
    expect(Object.keys(ROUTE_PATHS).sort()).toEqual([...names].sort());
  });
});
