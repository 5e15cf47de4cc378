"use strict";
// Minimal tab of the Foundation: local sign-in, the progress-report form, my reports with feedback, and the
// team's reports with an inline feedback field. The full Fluent UI tab replaces this page.
(function () {
  const state = { devUser: sessionStorage.getItem("devUser") };
  const $ = (id) => document.getElementById(id);

  async function api(path, options = {}) {
    const headers = { "Content-Type": "application/json" };
    if (state.devUser) headers["X-Dev-User"] = state.devUser;
    const res = await fetch(path, { ...options, headers });
    const body = await res.json().catch(() => ({}));
    return { ok: res.ok, status: res.status, body };
  }

  function message(err) {
    return err && err.message ? `${err.message.id} · ${err.message.en}` : "Terjadi gangguan · Something went wrong";
  }

  function todayWib() {
    return new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
  }

  function reportItem(r, extra) {
    const li = document.createElement("li");
    li.textContent = `${r.date}: ${r.activity}` + (r.quantity !== undefined ? ` (${r.quantity} ${r.unit || ""})` : "");
    if (r.feedback) {
      const fb = document.createElement("div");
      fb.className = "feedback";
      fb.textContent = `Umpan balik · Feedback: ${r.feedback.text}`;
      li.appendChild(fb);
    } else if (extra) {
      li.appendChild(extra(r));
    }
    return li;
  }

  function feedbackForm(employeeId) {
    return (r) => {
      const form = document.createElement("form");
      const label = document.createElement("label");
      const id = `fb-${r.id}`;
      label.htmlFor = id;
      label.textContent = "Umpan balik · Feedback";
      const input = document.createElement("textarea");
      input.id = id;
      input.maxLength = 2000;
      const button = document.createElement("button");
      button.type = "submit";
      button.textContent = "Kirim umpan balik · Send feedback";
      const out = document.createElement("p");
      out.setAttribute("role", "status");
      form.append(label, input, button, out);
      form.addEventListener("submit", async (e) => {
        e.preventDefault();
        const res = await api(`/api/reports/${encodeURIComponent(employeeId)}/${encodeURIComponent(r.id)}/feedback`, {
          method: "POST",
          body: JSON.stringify({ feedback: input.value }),
        });
        if (res.ok) return load();
        out.className = "error";
        out.textContent = message(res.body.error);
      });
      return form;
    };
  }

  async function load() {
    const me = await api("/api/me");
    if (!me.ok) return showSignin();
    $("who").textContent = `${me.body.person.displayName} · ${me.body.person.jobTitle} · ${me.body.person.unitName}`;
    $("signin").hidden = true;
    $("home").hidden = false;
    $("date").value = $("date").value || todayWib();
    const mine = await api("/api/reports/mine");
    $("my-reports").replaceChildren(...(mine.body || []).slice().reverse().map((r) => reportItem(r)));
    if (me.body.directReports.length > 0) {
      const team = await api("/api/team/reports");
      $("team").hidden = false;
      const items = [];
      for (const row of team.body || []) {
        for (const r of row.reports.slice().reverse()) {
          const li = reportItem(r, feedbackForm(row.employee.id));
          li.prepend(document.createTextNode(`${row.employee.displayName} — `));
          items.push(li);
        }
      }
      $("team-reports").replaceChildren(...items);
    }
  }

  async function showSignin() {
    const people = await api("/api/dev/people");
    if (!people.ok) {
      $("who").textContent = "Buka tab ini di Microsoft Teams · Open this tab in Microsoft Teams";
      return;
    }
    $("person").replaceChildren(
      ...people.body.map((p) => new Option(`${p.displayName} — ${p.jobTitle} (${p.unitName})`, p.id)),
    );
    $("signin").hidden = false;
  }

  $("signin-button").addEventListener("click", () => {
    state.devUser = $("person").value;
    sessionStorage.setItem("devUser", state.devUser);
    void load();
  });

  $("report-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target).entries());
    data.formId = crypto.randomUUID();
    const res = await api("/api/reports", { method: "POST", body: JSON.stringify(data) });
    const out = $("form-message");
    if (res.ok) {
      out.className = "";
      out.textContent = "Laporan tersimpan · Report saved";
      e.target.reset();
      return load();
    }
    out.className = "error";
    const fields = (res.body.error && res.body.error.fields) || [];
    const label = (field) => (document.querySelector(`label[for="${field}"]`) || {}).textContent || field;
    out.textContent = [message(res.body.error), ...fields.map((f) => `${label(f.field)}: ${f.message.id} · ${f.message.en}`)].join("\n");
  });

  void load();
})();
