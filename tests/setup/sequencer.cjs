// Test files that edit the shared end-to-end content (freshness) run after the read-only ones.
const Sequencer = require('@jest/test-sequencer').default

const writes = (path) => /freshness/.test(path)

class WritesLast extends Sequencer {
  sort(tests) {
    return [...super.sort(tests)].sort((a, b) => Number(writes(a.path)) - Number(writes(b.path)))
  }
}

module.exports = WritesLast
