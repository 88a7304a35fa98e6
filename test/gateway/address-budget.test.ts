import { addressBudgetKey } from '../../server/rate-limits/budgets';

// Rate limits count per client: an IPv4 address, or an IPv6 subscriber's /64.
describe('the budget an address spends', () => {
  it.each([
    ['an IPv4 address is its own', '203.0.113.9', '203.0.113.9'],
    ['an IPv4-mapped IPv6 address is the IPv4 one', '::ffff:203.0.113.9', '203.0.113.9'],
    ['an IPv6 address spends its /64', '2001:db8:1:2:3:4:5:6', '20010db800010002/64'],
    ['another address in the same /64 spends the same', '2001:db8:1:2:ffff::1', '20010db800010002/64'],
    ['the next /64 is another budget', '2001:db8:1:3::1', '20010db800010003/64'],
    ['an unknown address keeps its name', 'unknown', 'unknown'],
  ])('%s', (_name, address, key) => {
    expect(addressBudgetKey(address)).toBe(key);
  });
});
