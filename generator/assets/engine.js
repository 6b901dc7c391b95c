/* Archive search engine: the query exactly as generator/query.py runs it, answered by lunr.js
 * over index shards that arrive as <script> files (browsers refuse fetch() on file://).
 * The results page (the theme's static/search.js) calls ArchiveSearch.search, docs and pieces. */
(function (root) {
  'use strict'

  var lunr = root.lunr
  var FIELDS = ['title', 'standfirst', 'tags', 'authors', 'body']
  var HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}\\u3007'
  var TOKEN = new RegExp('[' + HAN + ']+|[a-z0-9]+', 'gu')
  var HAN_START = new RegExp('^[' + HAN + ']', 'u')
  // Same limits as generator/query.py.
  var MAX_QUERY_CHARS = 64, MAX_REQUIRED_TERMS = 16, JOIN_BOOST = 5, TRIGRAM_BOOST = 3
  var MIN_WORD = 4, MAX_WORD = 8
  var PIPELINE_NAME = 'archiveNormalize'

  var t2s = new Map()
  var manifest = null
  var waiting = Object.create(null) // 'shard:3' → {resolve, reject}
  var loaded = Object.create(null) // 'shard:3' → promise
  var base = (root.document && root.document.currentScript)
    ? root.document.currentScript.src.replace(/[^/]*$/, '') : ''
  var load = function (path, key) {
    var script = root.document.createElement('script')
    script.src = base + path + (manifest ? '?v=' + manifest.version : '')
    script.async = true
    script.onerror = function () { fail(key, new Error('无法载入 ' + path)) }
    root.document.head.appendChild(script)
  }

  function chars (text) { return Array.from(text) }

  function normalizeChar (c) {
    var out = ''
    chars(c.normalize('NFKC').toLowerCase()).forEach(function (ch) { out += t2s.get(ch) || ch })
    return out
  }

  function normalize (text) {
    return chars(text).map(normalizeChar).join('')
  }

  lunr.Pipeline.registerFunction(function archiveNormalize (token) {
    return token.update(function (s) { return normalize(s) })
  }, PIPELINE_NAME)

  function isHan (token) { return HAN_START.test(token) }

  function hanTerms (run) {
    var c = chars(run)
    if (c.length === 1) return [run]
    var terms = []
    for (var i = 0; i + 1 < c.length; i++) terms.push(c[i] + c[i + 1])
    return terms
  }

  function trigrams (run) {
    var c = chars(run), out = []
    for (var i = 0; i + 2 < c.length; i++) out.push(c[i] + c[i + 1] + c[i + 2])
    return out
  }

  function shardOf (term, shards) {
    var key = isHan(term) ? chars(term).slice(0, 2) : chars(term)
    var h = 0x811c9dc5
    key.forEach(function (ch) {
      h = (h ^ ch.codePointAt(0)) >>> 0
      h = Math.imul(h, 0x01000193) >>> 0
    })
    return h % shards
  }

  function pushNew (list, term) { if (list.indexOf(term) < 0) list.push(term) }

  function joins (before, after) {
    var a = chars(before), b = chars(after), last = a[a.length - 1]
    var out = []
    ;[last + b[0], a.slice(-2).join('') + b[0], last + b.slice(0, 2).join('')].forEach(function (t) {
      pushNew(out, t)
    })
    return out
  }

  /* The query as terms: see query_plan in generator/query.py. */
  function queryPlan (query) {
    var plan = { required: [], optional: new Map(), runs: [] }
    var singles = [], previous = null
    var text = chars(normalize(String(query))).slice(0, MAX_QUERY_CHARS).join('')
    ;(text.match(TOKEN) || []).forEach(function (token) {
      if (isHan(token)) {
        if (previous) {
          joins(previous, token).forEach(function (join) {
            if (!plan.optional.has(join)) plan.optional.set(join, JOIN_BOOST)
          })
        }
        if (chars(token).length === 1) {
          singles.push(token)
        } else {
          plan.runs.push(token)
          hanTerms(token).forEach(function (t) { pushNew(plan.required, t) })
          trigrams(token).forEach(function (t) {
            if (!plan.optional.has(t)) plan.optional.set(t, TRIGRAM_BOOST)
          })
        }
        previous = token
      } else {
        previous = null
        pushNew(plan.required, token)
      }
    })
    if (!plan.required.length) singles.forEach(function (s) { pushNew(plan.required, s) })
    singles.forEach(function (s) {
      if (plan.required.indexOf(s) < 0 && !plan.optional.has(s)) plan.optional.set(s, 1)
    })
    plan.required = plan.required.slice(0, MAX_REQUIRED_TERMS)
    plan.required.forEach(function (t) { plan.optional.delete(t) })
    return plan
  }

  function wordsIn (plan, hasTerm) {
    var found = new Map()
    plan.runs.forEach(function (run) {
      var c = chars(run)
      for (var length = Math.min(c.length, MAX_WORD); length >= MIN_WORD; length--) {
        for (var start = 0; start + length <= c.length; start++) {
          var piece = c.slice(start, start + length).join('')
          if (!found.has(piece) && hasTerm(piece)) found.set(piece, length)
        }
      }
    })
    return found
  }

  var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_'
  var DIGIT_VALUE = {}
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d

  /* A term's postings, as encoded by encode in generator/shards.py. */
  function decode (text) {
    var numbers = [], n = 0, shift = 0
    for (var i = 0; i < text.length; i++) {
      var value = DIGIT_VALUE[text.charCodeAt(i)]
      n += (value & 31) * Math.pow(2, shift)
      if (value & 32) {
        shift += 5
      } else {
        numbers.push(n)
        n = 0
        shift = 0
      }
    }
    return numbers
  }

  /* Calls fn(field number, ref, score × 1000) for each posting of a decoded list. */
  function eachPosting (flat, fn) {
    var k = 0
    while (k < flat.length) {
      var field = flat[k], count = flat[k + 1], ref = 0
      k += 2
      for (var i = 0; i < count; i++, k += 2) {
        ref += flat[k]
        fn(field, ref, flat[k + 1])
      }
    }
  }

  /* The query's terms of a shard (term → decoded postings) and the kept articles as the
   * serialized lunr index `lunr.Index.load` takes (see expand in generator/shards.py). */
  function expand (terms, kept) {
    var inverted = [], vectors = new Map()
    Array.from(terms.keys()).sort().forEach(function (term, index) {
      var posting = { _index: index }
      FIELDS.forEach(function (f) { posting[f] = {} })
      eachPosting(terms.get(term), function (field, ref, score) {
        if (!kept.has(ref)) return
        posting[FIELDS[field]][ref] = {}
        var key = FIELDS[field] + '/' + ref
        if (!vectors.has(key)) vectors.set(key, [])
        vectors.get(key).push(index, score / 1000)
      })
      inverted.push([term, posting])
    })
    return lunr.Index.load({
      version: lunr.version, fields: FIELDS, fieldVectors: Array.from(vectors.entries()),
      invertedIndex: inverted, pipeline: [PIPELINE_NAME]
    })
  }

  /* A value as search.smaller wrote it: plain, or base 64 of deflated JSON, opened by the
   * browser's own DecompressionStream. */
  function opened (value) {
    if (typeof value !== 'string') return Promise.resolve(value)
    var bytes = Uint8Array.from(root.atob(value), function (c) { return c.charCodeAt(0) })
    var stream = new root.Blob([bytes]).stream().pipeThrough(new root.DecompressionStream('deflate-raw'))
    return new root.Response(stream).text().then(JSON.parse)
  }

  function request (key, path) {
    if (!loaded[key]) {
      loaded[key] = new Promise(function (resolve, reject) {
        waiting[key] = { resolve: resolve, reject: reject }
        load(path, key)
      })
    }
    return loaded[key]
  }

  function settle (key, value) {
    if (waiting[key]) waiting[key].resolve(value)
    else loaded[key] = Promise.resolve(value)
    delete waiting[key]
  }

  function fail (key, error) {
    if (waiting[key]) waiting[key].reject(error)
    delete waiting[key]
    delete loaded[key] // a later search may try again
  }

  function ready () {
    return request('manifest', 'manifest.js')
  }

  function shard (n) {
    return request('shard:' + n, 'index/' + n + '.js')
  }

  /* Those holding the most of the query's phrases whole first, then the best scores: see rank
     and phrases_held in generator/query.py. */
  function rank (scores, held) {
    return Array.from(scores.entries()).map(function (e) { return [Number(e[0]), e[1]] })
      .sort(function (a, b) {
        var whole = (held.get(b[0]) || 0) - (held.get(a[0]) || 0)
        var d = Math.round(b[1] * 1e6) - Math.round(a[1] * 1e6)
        return whole || d || a[0] - b[0]
      })
  }

  function phrasesHeld (plan, kept, postings) {
    var held = new Map()
    kept.forEach(function (ref) { held.set(ref, 0) })
    plan.runs.forEach(function (run) {
      var holders = kept
      Array.from(new Set(trigrams(run))).forEach(function (t) {
        var docs = new Set(), flat = postings(t)
        if (flat) eachPosting(flat, function (field, ref) { if (holders.has(ref)) docs.add(ref) })
        holders = docs
      })
      holders.forEach(function (ref) { held.set(ref, held.get(ref) + 1) })
    })
    return held
  }

  /* Articles matching the query, best first, as [ref, score]; and the plan, for highlighting. */
  function search (query) {
    return ready().then(function (m) {
      var plan = queryPlan(query) // after the manifest: it brings the traditional → simplified table
      if (!plan.required.length) return { plan: plan, results: [] }
      var needed = new Set()
      plan.required.concat(Array.from(plan.optional.keys())).forEach(function (t) {
        needed.add(shardOf(t, m.shards))
      })
      var numbers = Array.from(needed).sort(function (a, b) { return a - b })
      return Promise.all(numbers.map(shard)).then(function (shards) {
        var byNumber = new Map()
        numbers.forEach(function (n, i) { byNumber.set(n, shards[i]) })
        var decoded = new Map()
        function postings (term) { // null when the index does not hold the term
          if (!decoded.has(term)) {
            var compact = byNumber.get(shardOf(term, m.shards))
            var position = compact ? compact.position.get(term) : undefined
            decoded.set(term, position === undefined ? null : decode(compact.postings[position]))
          }
          return decoded.get(term)
        }
        // Only articles holding every required term can be results: lunr sees no other.
        var kept = null
        for (var r = 0; r < plan.required.length && (kept === null || kept.size); r++) {
          var docs = new Set(), flat = postings(plan.required[r])
          if (flat) {
            eachPosting(flat, function (field, ref) {
              if (kept === null || kept.has(ref)) docs.add(ref)
            })
          }
          kept = docs
        }
        if (!kept.size) return { plan: plan, results: [] }
        var optional = new Map(plan.optional)
        wordsIn(plan, function (w) { return postings(w) !== null }).forEach(function (boost, w) {
          optional.set(w, boost)
        })
        var clauses = new Map()
        function add (term, required, boost) {
          if (postings(term) === null) {
            return
          }
          var n = shardOf(term, m.shards)
          if (!clauses.has(n)) clauses.set(n, [])
          clauses.get(n).push({ term: term, required: required, boost: boost })
        }
        plan.required.forEach(function (t) { add(t, true, 1) })
        optional.forEach(function (boost, t) { add(t, false, boost) })
        var scores = new Map(), squares = 0
        Array.from(clauses.keys()).sort(function (a, b) { return a - b }).forEach(function (n) {
          // lunr answers over the query's own terms of the shard and the kept articles: the
          // same scores as the whole shard would give them, at a fraction of the work.
          var terms = new Map()
          clauses.get(n).forEach(function (c) { terms.set(c.term, postings(c.term)) })
          var index = expand(terms, kept)
          // lunr divides a shard's scores by the length of the query vector it saw (the boosts
          // of the terms it holds): undone here, redone below with the whole query's.
          var square = 0
          clauses.get(n).forEach(function (c) { square += c.boost * c.boost })
          squares += square
          index.query(function (q) {
            clauses.get(n).forEach(function (c) {
              q.term(c.term, {
                boost: c.boost,
                presence: c.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL
              })
            })
          }).forEach(function (r) {
            scores.set(r.ref, (scores.get(r.ref) || 0) + r.score * Math.sqrt(square))
          })
        })
        scores.forEach(function (score, ref) { scores.set(ref, score / Math.sqrt(squares)) })
        return { plan: plan, results: rank(scores, phrasesHeld(plan, kept, postings)) }
      })
    })
  }

  function docs (refs) {
    return Promise.all(refs.map(function (ref) { return request('doc:' + ref, 'docs/' + ref + '.js') }))
  }

  function yearOf (ref) {
    var years = manifest.years
    for (var i = 0; i < years.length; i++) {
      if (ref >= years[i][1] && ref <= years[i][2]) return years[i][0]
    }
    return null
  }

  /* The days [first, last] an article may have been printed on (days since 1970-01-01), or
   * null if it is undated. */
  function daysOf (ref) {
    var spans = manifest.spans || []
    var lo = 0, hi = spans.length - 1
    while (lo < hi) {  // the last span starting at or before ref
      var mid = (lo + hi + 1) >> 1
      if (spans[mid][2] <= ref) lo = mid
      else hi = mid - 1
    }
    var span = spans[lo]
    return span && span[0] <= span[1] ? [span[0], span[1]] : null
  }

  function paperOf (ref) {
    var k = manifest.paperOf[ref]
    return k >= 0 ? manifest.papers[k] : null
  }

  /* Where the query's words are in a text: [start, end) spans, in the text's own UTF-16 offsets. */
  function marks (text, plan) {
    var normalized = '', origin = []
    var position = 0
    chars(text).forEach(function (c) {
      var n = normalizeChar(c)
      for (var i = 0; i < n.length; i++) origin.push(position)
      normalized += n
      position += c.length
    })
    origin.push(position)
    var needles = []
    plan.runs.forEach(function (run) {
      if (normalized.indexOf(run) >= 0) needles.push(run)
      else hanTerms(run).forEach(function (t) { needles.push(t) })
    })
    plan.required.forEach(function (t) { if (!isHan(t)) needles.push(t) })
    if (!plan.runs.length) plan.required.forEach(function (t) { if (isHan(t)) needles.push(t) })
    var spans = []
    needles.forEach(function (needle) {
      for (var at = normalized.indexOf(needle); at >= 0; at = normalized.indexOf(needle, at + 1)) {
        spans.push([origin[at], origin[at + needle.length]])
      }
    })
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] })
    var merged = []
    spans.forEach(function (s) {
      var last = merged[merged.length - 1]
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1])
      else merged.push(s.slice())
    })
    return merged
  }

  /* Text as [{text, mark}] pieces; with width, a window around the longest match. */
  function pieces (text, plan, width) {
    var spans = marks(text, plan)
    var start = 0, end = text.length
    if (width && text.length > width) {
      var best = spans.slice().sort(function (a, b) { return (b[1] - b[0]) - (a[1] - a[0]) || a[0] - b[0] })[0]
      start = best ? Math.max(0, best[0] - Math.floor(width / 3)) : 0
      end = Math.min(text.length, start + width)
      start = Math.max(0, Math.min(start, end - width))
    }
    var out = [], at = start
    if (start > 0) out.push({ text: '…', mark: false })
    spans.forEach(function (s) {
      var a = Math.max(s[0], start), b = Math.min(s[1], end)
      if (a >= b) return
      if (a > at) out.push({ text: text.slice(at, a), mark: false })
      out.push({ text: text.slice(a, b), mark: true })
      at = b
    })
    if (at < end) out.push({ text: text.slice(at, end), mark: false })
    if (end < text.length) out.push({ text: '…', mark: false })
    return out
  }

  var api = {
    search: search,
    docs: docs,
    ready: ready,
    pieces: pieces,
    queryPlan: queryPlan,
    normalize: normalize,
    shardOf: shardOf,
    yearOf: yearOf,
    daysOf: daysOf,
    paperOf: paperOf,
    manifest: function (m) {
      manifest = m
      var c = chars(m.t2s)
      for (var i = 0; i + 1 < c.length; i += 2) t2s.set(c[i], c[i + 1])
      settle('manifest', m)
    },
    shard: function (n, value) {
      opened(value).then(function (compact) {
        // Front-coded (search.front_coded): a letter for how much of the term before it a term
        // shares (A none), then the rest.
        var before = ''
        compact.terms = compact.terms.map(function (code) {
          before = before.slice(0, code.charCodeAt(0) - 65) + code.slice(1)
          return before
        })
        compact.position = new Map()
        compact.terms.forEach(function (t, i) { compact.position.set(t, i) })
        settle('shard:' + n, compact)
      }, function (error) { fail('shard:' + n, error) })
    },
    doc: function (ref, value) {
      opened(value).then(function (record) { settle('doc:' + ref, record) },
        function (error) { fail('doc:' + ref, error) })
    },
    /* Outside a browser (the Node test): how a path of search/ is loaded. */
    useLoader: function (fn) { load = fn }
  }
  root.ArchiveSearch = api
  if (typeof module === 'object' && module.exports) module.exports = api
})(typeof window !== 'undefined' ? window : globalThis)
