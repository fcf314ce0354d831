// Test files that edit the shared end-to-end content run after the read-only ones: first
// freshness (it expects the seeded pages), then the access matrix and the XSS probes (they
// publish documents of their own).
const Sequencer = require('@jest/test-sequencer').default

const rank = (path) => (/access-matrix|xss|proxy/.test(path) ? 2 : /freshness|scheduled|preview|admin/.test(path) ? 1 : 0)

class WritesLast extends Sequencer {
  sort(tests) {
    return [...super.sort(tests)].sort((a, b) => rank(a.path) - rank(b.path))
  }
}

module.exports = WritesLast
