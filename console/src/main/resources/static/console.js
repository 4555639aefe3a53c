// htmx requests carry the CSRF token the layout put in <meta name="csrf-token"> (Spring Security checks it on
// every POST/PUT/PATCH/DELETE).
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
