// The GOV.UK timeout warning for staff sessions: a dialog shortly before the server ends an idle session.
// The server enforces the timeout on its own; this only warns, and "Stay signed in" makes a request to renew it.
const dialog = document.getElementById('session-timeout')
const timeout = Number(dialog?.dataset.sessionTimeout)
const warning = Number(dialog?.dataset.sessionWarning)
let warnTimer
let endTimer

function schedule () {
  clearTimeout(warnTimer)
  clearTimeout(endTimer)
  warnTimer = setTimeout(() => dialog.showModal(), Math.max(timeout - warning, 0) * 1000)
  endTimer = setTimeout(() => { window.location.href = '/sign-in?timedout=1' }, timeout * 1000)
}

if (timeout > 0 && dialog && typeof dialog.showModal === 'function') {
  dialog.querySelector('[data-session-keep-alive]').addEventListener('click', async () => {
    await fetch('/account/keep-alive', { credentials: 'same-origin' })
    dialog.close()
    schedule()
  })
  schedule()
}
