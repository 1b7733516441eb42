// Marks the page as having JavaScript before it renders, as the GOV.UK template's inline script does.
// A file rather than an inline script so the Content-Security-Policy can forbid inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
