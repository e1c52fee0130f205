(function () {
  'use strict';
  // Tawsim HTML view: paging, navigation, toggles and the speaker-to-quote arrows.
  // Reads only the page itself; makes no request of any kind.
  var SVG = 'http://www.w3.org/2000/svg';
  var pages = Array.prototype.slice.call(document.querySelectorAll('div.page'));
  var count = pages.length;
  var current = -1;
  var number = document.getElementById('page-number');
  var findStatus = document.getElementById('find-status');

  function clamp(k) {
    return Math.max(0, Math.min(count - 1, k));
  }

  function show(k) {
    if (count === 0) {
      return;
    }
    k = clamp(k);
    if (k !== current) {
      for (var i = 0; i < count; i++) {
        pages[i].hidden = i !== k;
      }
      current = k;
    }
    number.value = String(k + 1);
    document.getElementById('first').disabled = k === 0;
    document.getElementById('prev').disabled = k === 0;
    document.getElementById('next').disabled = k === count - 1;
    document.getElementById('last').disabled = k === count - 1;
    document.body.setAttribute('data-current-page', String(k + 1));
    drawLinks(pages[k]);
  }

  function pageOf(el) {
    var page = el.closest('div.page');
    return page ? pages.indexOf(page) : -1;
  }

  function go(hash) {
    var m = /^#p([0-9]+)$/.exec(hash);
    if (m) {
      show(parseInt(m[1], 10) - 1);
      return true;
    }
    if (/^#d[0-9]+(-q[0-9]+)?$/.test(hash)) {
      var target = document.getElementById(hash.substring(1));
      if (target) {
        show(pageOf(target));
        target.scrollIntoView({block: 'start'});
        return true;
      }
    }
    return false;
  }

  function button(id, delta) {
    document.getElementById(id).addEventListener('click', function () {
      location.hash = '#p' + (clamp(delta(current)) + 1);
    });
  }
  button('first', function () { return 0; });
  button('prev', function (k) { return k - 1; });
  button('next', function (k) { return k + 1; });
  button('last', function () { return count - 1; });
  number.addEventListener('change', function () {
    var k = parseInt(number.value, 10);
    if (!isNaN(k)) {
      location.hash = '#p' + (clamp(k - 1) + 1);
    }
  });

  document.getElementById('find').addEventListener('submit', function (event) {
    event.preventDefault();
    var wanted = document.getElementById('find-id').value;
    var docs = document.querySelectorAll('section.doc');
    for (var i = 0; i < docs.length; i++) {
      if (docs[i].getAttribute('data-id') === wanted) {
        findStatus.textContent = '';
        location.hash = '#' + docs[i].id;
        go(location.hash);
        return;
      }
    }
    findStatus.textContent = 'no document has this id';
  });

  var toggles = document.querySelectorAll('input[data-toggle]');
  function applyToggle(box) {
    var on = box.hasAttribute('data-inverse') ? !box.checked : box.checked;
    document.body.classList.toggle(box.getAttribute('data-toggle'), on);
  }
  for (var t = 0; t < toggles.length; t++) {
    applyToggle(toggles[t]);
    toggles[t].addEventListener('change', function (event) {
      applyToggle(event.target);
      if (current >= 0) {
        drawLinks(pages[current]);
      }
    });
  }

  // Speakers and their quotations: hover highlights both, a click jumps to the quotation.
  function quotesOf(speaker) {
    var doc = speaker.closest('section.doc');
    if (!doc) {
      return [];
    }
    return speaker.getAttribute('data-q').split(' ').map(function (q) {
      return document.getElementById(doc.id + '-q' + q);
    }).filter(function (el) { return el !== null; });
  }
  document.addEventListener('mouseover', function (event) {
    var sp = event.target.closest && event.target.closest('.sp');
    if (sp) {
      sp.classList.add('hl');
      quotesOf(sp).forEach(function (q) { q.classList.add('hl'); });
    }
  });
  document.addEventListener('mouseout', function (event) {
    var sp = event.target.closest && event.target.closest('.sp');
    if (sp) {
      sp.classList.remove('hl');
      quotesOf(sp).forEach(function (q) { q.classList.remove('hl'); });
    }
  });
  document.addEventListener('click', function (event) {
    var sp = event.target.closest && event.target.closest('.sp');
    if (sp) {
      var quotes = quotesOf(sp);
      if (quotes.length > 0) {
        quotes[0].scrollIntoView({block: 'center'});
      }
    }
  });

  // One curved arrow per (speaker, quotation), drawn over the text of each document shown.
  function drawLinks(page) {
    if (!page || document.body.classList.contains('hide-links')) {
      return;
    }
    var texts = page.querySelectorAll('section.doc > .text');
    for (var i = 0; i < texts.length; i++) {
      drawDocumentLinks(texts[i]);
    }
  }

  function drawDocumentLinks(text) {
    var old = text.querySelector('svg.links');
    if (old) {
      old.remove();
    }
    var speakers = text.querySelectorAll('.sp:not(.cont)');
    if (speakers.length === 0) {
      return;
    }
    var box = text.getBoundingClientRect();
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'links');
    svg.setAttribute('width', String(text.scrollWidth));
    svg.setAttribute('height', String(text.scrollHeight));
    var defs = document.createElementNS(SVG, 'defs');
    var marker = document.createElementNS(SVG, 'marker');
    var markerId = text.parentNode.id + '-arrow';
    marker.setAttribute('id', markerId);
    marker.setAttribute('viewBox', '0 0 10 10');
    marker.setAttribute('refX', '9');
    marker.setAttribute('refY', '5');
    marker.setAttribute('markerWidth', '7');
    marker.setAttribute('markerHeight', '7');
    marker.setAttribute('orient', 'auto-start-reverse');
    var tip = document.createElementNS(SVG, 'path');
    tip.setAttribute('d', 'M0,0 L10,5 L0,10 z');
    tip.setAttribute('fill', '#b3261e');
    marker.appendChild(tip);
    defs.appendChild(marker);
    svg.appendChild(defs);
    for (var i = 0; i < speakers.length; i++) {
      var from = speakers[i].getClientRects()[0];
      var quotes = quotesOf(speakers[i]);
      for (var j = 0; j < quotes.length; j++) {
        var to = quotes[j].getClientRects()[0];
        if (!from || !to) {
          continue;
        }
        var x1 = from.left + from.width / 2 - box.left;
        var y1 = from.top - box.top;
        var x2 = to.left + to.width / 2 - box.left;
        var y2 = to.top - box.top;
        var lift = Math.max(12, Math.min(40, Math.abs(x2 - x1) / 4));
        var path = document.createElementNS(SVG, 'path');
        path.setAttribute('d', 'M' + x1 + ',' + y1 + ' C' + x1 + ',' + (Math.min(y1, y2) - lift) + ' '
            + x2 + ',' + (Math.min(y1, y2) - lift) + ' ' + x2 + ',' + y2);
        path.setAttribute('marker-end', 'url(#' + markerId + ')');
        path.setAttribute('data-q', quotes[j].id);
        svg.appendChild(path);
      }
    }
    text.insertBefore(svg, text.firstChild);
  }

  window.addEventListener('hashchange', function () {
    go(location.hash);
  });
  window.addEventListener('resize', function () {
    if (current >= 0) {
      drawLinks(pages[current]);
    }
  });
  if (!go(location.hash)) {
    show(0);
  }
  document.body.setAttribute('data-ready', 'true');
})();
