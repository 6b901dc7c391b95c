// The built site's search/engine.js and lunr.js, in Node, against what the Python side
// (generator/query.py) answered for the same queries. Run by tests/test_node.py, which builds
// the site and writes the Python answers: SITE=<site> EXPECTED=<json> node --test tests/node/
'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const vm = require('node:vm')

const site = process.env.SITE
const expected = JSON.parse(fs.readFileSync(process.env.EXPECTED, 'utf8'))

function engine () {
  // What a browser gives a page and engine.js uses: Node has them too.
  const context = vm.createContext({ console, atob, Blob, Response, DecompressionStream })
  context.globalThis = context
  const run = (file) => vm.runInContext(fs.readFileSync(path.join(site, 'search', file), 'utf8'),
    context, { filename: file })
  run('lunr.min.js')
  run('engine.js')
  context.ArchiveSearch.useLoader((file) => setImmediate(() => run(file)))
  return context.ArchiveSearch
}

const search = engine()
// Values made in the engine's own realm: compare them as plain data.
const plain = (value) => JSON.parse(JSON.stringify(value))

test('the shard hash is FNV-1a, as in Python', () => {
  assert.equal(search.shardOf('a', 2 ** 32), 0xe40c292c)
  assert.equal(search.shardOf('foobar', 2 ** 32), 0xbf9cf968)
})

test('the query plan is the same as Python’s', async () => {
  await search.ready()
  for (const q of expected) {
    const plan = search.queryPlan(q.query)
    assert.deepEqual(plain(plan.required), q.required, q.query)
    assert.deepEqual(plain(Object.fromEntries(plan.optional)), q.optional, q.query)
    assert.deepEqual(plain(plan.runs), q.runs, q.query)
  }
})

test('lunr.js gives the same top results as the Python side', async () => {
  let nonEmpty = 0
  for (const q of expected) {
    const found = await search.search(q.query)
    const top = plain(found.results.slice(0, 10))
    assert.deepEqual(top.map((r) => r[0]), q.top.map((r) => r[0]), q.query)
    top.forEach((r, i) => assert.ok(Math.abs(r[1] - q.top[i][1]) < 1e-9, q.query))
    assert.equal(found.results.length, q.count, q.query)
    if (top.length) nonEmpty++
  }
  assert.ok(nonEmpty >= expected.length / 2, `only ${nonEmpty} queries found anything`)
})
