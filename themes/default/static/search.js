/* The results page: asks ArchiveSearch (search/engine.js) as the reader types, shows results
 * with the matches marked, keeps query and filters in the address (linkable, back button works),
 * and lets the arrow keys walk the results. Text goes in with textContent only: a query can
 * hold anything. */
(function () {
  'use strict'
  var PAGE = 10
  var DELAY = 200
  var engine = window.ArchiveSearch
  var form = document.getElementById('search-form')
  var input = document.getElementById('search-q')
  var year = document.getElementById('search-year')
  var paper = document.getElementById('search-paper')
  var since = document.getElementById('search-from')
  var until = document.getElementById('search-to')
  var status = document.getElementById('search-status')
  var list = document.getElementById('search-list')
  var more = document.getElementById('search-more')
  var found = { plan: null, results: [] }
  var hits = []
  var shown = 0
  var generation = 0
  var timer = null

  function fromAddress () {
    var params = new URLSearchParams(window.location.search)
    input.value = params.get('q') || ''
    year.value = params.get('year') || ''
    paper.value = params.get('paper') || ''
    since.value = params.get('from') || ''
    until.value = params.get('to') || ''
    if (year.selectedIndex < 0) year.value = ''
    if (paper.selectedIndex < 0) paper.value = ''
  }

  function toAddress (push) {
    var params = new URLSearchParams()
    if (input.value.trim()) params.set('q', input.value.trim())
    if (year.value) params.set('year', year.value)
    if (paper.value) params.set('paper', paper.value)
    if (since.value) params.set('from', since.value)
    if (until.value) params.set('to', until.value)
    var search = params.toString() ? '?' + params.toString() : ''
    if (search === window.location.search) return
    var url = window.location.pathname + search
    try {
      if (push) window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
    } catch (e) {
      // Some browsers refuse history on file://: the page still works, only the address lags.
    }
  }

  function say (text) {
    status.textContent = text
  }

  function run (push) {
    window.clearTimeout(timer)
    toAddress(push)
    var query = input.value.trim()
    var mine = ++generation
    if (!query) {
      found = { plan: null, results: [] }
      list.textContent = ''
      more.hidden = true
      say('')
      return
    }
    say('正在搜索…')
    engine.search(query).then(function (result) {
      if (mine !== generation) return
      found = result
      show(mine)
    }).catch(function (error) {
      if (mine === generation) say('搜索出错：' + error.message)
    })
  }

  /* A yyyy-mm-dd of a date field as days since 1970-01-01; null when empty or not a date. */
  function dayNumber (value) {
    var time = value ? Date.parse(value + 'T00:00:00Z') : NaN
    return isNaN(time) ? null : Math.round(time / 86400000)
  }

  /* Whether an article may have been printed between the two dates (one dated only to its
   * month or year is kept if that month or year meets the range). */
  function inRange (ref) {
    var first = dayNumber(since.value)
    var last = dayNumber(until.value)
    if (first === null && last === null) return true
    var days = engine.daysOf(ref)
    return days !== null && (first === null || days[1] >= first) && (last === null || days[0] <= last)
  }

  function kept (ref) {
    var y = engine.yearOf(ref)
    return (!year.value || String(y === null ? 'undated' : y) === year.value) &&
      (!paper.value || engine.paperOf(ref) === paper.value) && inRange(ref)
  }

  function show (mine) {
    hits = found.results.filter(function (r) { return kept(r[0]) })
    list.textContent = ''
    shown = 0
    more.hidden = true
    var query = input.value.trim()
    var filtered = year.value || paper.value || since.value || until.value
    if (!found.plan.required.length) {
      say('请输入要查找的字词。')
    } else if (!hits.length) {
      say('没有找到包含“' + query + '”的文章' +
        (filtered && found.results.length ? '（筛选前有 ' + found.results.length + ' 篇）' : '') +
        '。可以减少字数，或把词分开（用空格）再试。')
    } else {
      var summary = '找到 ' + hits.length + ' 篇文章' +
        (filtered ? '（筛选前 ' + found.results.length + ' 篇）' : '')
      // Said once the first results are listed: what a screen reader announces is there to read.
      append(mine).then(function (listed) { if (listed && mine === generation) say(summary) })
    }
  }

  function append (mine) {
    var page = hits.slice(shown, shown + PAGE)
    shown += page.length
    more.hidden = true
    return engine.docs(page.map(function (r) { return r[0] })).then(function (records) {
      if (mine !== generation) return
      records.forEach(function (record) { list.appendChild(item(record)) })
      more.hidden = shown >= hits.length
      more.textContent = '显示更多结果（还有 ' + (hits.length - shown) + ' 篇）'
      return true
    }).catch(function (error) {
      if (mine === generation) say('载入结果出错：' + error.message)
      return false
    })
  }

  function marked (parent, pieces) {
    pieces.forEach(function (piece) {
      if (piece.mark) {
        var mark = document.createElement('mark')
        mark.textContent = piece.text
        parent.appendChild(mark)
      } else {
        parent.appendChild(document.createTextNode(piece.text))
      }
    })
    return parent
  }

  function item (record) {
    var li = document.createElement('li')
    li.className = 'search-result'
    var heading = document.createElement('h2')
    var link = document.createElement('a')
    link.href = record.u
    link.className = 'result-title'
    heading.appendChild(marked(link, engine.pieces(record.t, found.plan)))
    li.appendChild(heading)
    var meta = document.createElement('p')
    meta.className = 'meta'
    meta.textContent = [record.d, record.p].filter(Boolean).join(' · ')
    li.appendChild(meta)
    var snippet = document.createElement('p')
    snippet.className = 'result-snippet'
    li.appendChild(marked(snippet, engine.pieces(record.x, found.plan, 120)))
    return li
  }

  function links () {
    return Array.prototype.slice.call(list.querySelectorAll('a.result-title'))
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault()
    run(true)
  })
  function later () {
    window.clearTimeout(timer)
    timer = window.setTimeout(function () { run(false) }, DELAY)
  }
  // While an input method composes (pinyin letters before they become 汉字), wait for the characters.
  input.addEventListener('input', function (event) { if (!event.isComposing) later() })
  input.addEventListener('compositionend', later)
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault()
      links()[0].focus()
    }
  })
  list.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    var all = links()
    var at = all.indexOf(document.activeElement)
    if (at < 0) return
    event.preventDefault()
    if (event.key === 'ArrowUp' && at === 0) input.focus()
    else all[Math.max(0, Math.min(all.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))].focus()
  })
  ;[year, paper, since, until].forEach(function (select) {
    select.addEventListener('change', function () {
      toAddress(true)
      if (found.plan) show(++generation)
    })
  })
  more.addEventListener('click', function () {
    var first = shown
    append(generation).then(function () {
      var all = links()
      if (all[first]) all[first].focus()
    })
  })
  window.addEventListener('popstate', function () {
    fromAddress()
    run(false)
  })

  fromAddress()
  if (input.value.trim()) run(false)
})()
