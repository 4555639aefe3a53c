// htmx requests carry the CSRF token the layout put in <meta name="csrf-token"> (Spring Security checks it on
// every POST/PUT/PATCH/DELETE).
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Public forms. An as-you-type check swaps in the message under a field (publicsite/field-check): the field is
// marked invalid for screen readers while there is a message.
document.addEventListener('htmx:load', function (event) {
  var message = event.detail.elt;
  if (!message || !message.getAttribute || !message.getAttribute('data-error-for')) {
    return;
  }
  var field = document.getElementById(message.getAttribute('data-error-for'));
  if (field) {
    if (message.textContent.trim()) {
      field.setAttribute('aria-invalid', 'true');
    } else {
      field.removeAttribute('aria-invalid');
    }
  }
});

// A form marked data-submit-once is sent once: a second tap while the first is under way does nothing (the
// server's Idempotency-Key makes one petition anyway, this spares the wait). Going back to the page re-enables it.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute || !form.hasAttribute('data-submit-once')) {
    return;
  }
  if (form.getAttribute('data-submitting')) {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-submitting', 'true');
  var button = form.querySelector('button[type=submit]');
  if (button && button.getAttribute('data-busy-text')) {
    button.textContent = button.getAttribute('data-busy-text');
    button.setAttribute('aria-disabled', 'true');
  }
});
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-submitting]').forEach(function (form) {
    form.removeAttribute('data-submitting');
  });
});

// "Copy the query code" buttons: the text of the element named by data-copy-target, without the dashes' spaces.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copy-target]') : null;
  if (!button || !navigator.clipboard) {
    return;
  }
  var source = document.getElementById(button.getAttribute('data-copy-target'));
  if (source) {
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      button.textContent = button.getAttribute('data-copied-text') || button.textContent;
    });
  }
});

// The answer to a form sent (its result, or what to correct) may lie below the fold on a phone: it takes the focus,
// which scrolls it into view and has screen readers read it from there.
document.addEventListener('DOMContentLoaded', function () {
  var answer = document.querySelector('[data-focus-on-load]');
  if (answer) {
    answer.focus();
  }
});
