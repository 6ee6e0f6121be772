// gaozhi desk tool: the live preview of a document's form, and the progress
// of a roster job. Every word shown comes from the page itself (filled in by
// the server from the interface language's ui.ftl); none is written here.
"use strict";

(function () {
  const form = document.getElementById("doc-form");
  if (form) {
    documentForm(form);
  }
  const progress = document.getElementById("roster-progress");
  if (progress) {
    rosterProgress(progress);
  }

  function documentForm(form) {
    const box = document.getElementById("preview-box");
    const image = document.getElementById("preview-image");
    const status = document.getElementById("preview-status");
    const general = document.getElementById("general-errors");
    const touched = new Set();
    // A date's three boxes (`observation_start-year`) answer to the date.
    const fieldOf = (name) => name.replace(/-(year|month|day)$/, "");
    // Wait this long after the last keystroke before asking for a preview:
    // short, because the server answers in well under 100 ms.
    const DEBOUNCE_MS = 90;
    let timer = null;
    let controller = null;
    let pending = false;
    let problems = null;
    let imageUrl = null;
    // After a refused submission the server's messages are all shown.
    let showAll = Array.from(form.querySelectorAll(".field-error")).some(
      (el) => el.textContent.trim() !== ""
    );

    function hasProblems(p) {
      return !!p && (Object.keys(p.fields || {}).length > 0 || (p.general || []).length > 0);
    }

    function show(p) {
      problems = p;
      form.querySelectorAll(".field-error").forEach((el) => {
        const name = el.id.slice("error-".length);
        const message = p && p.fields ? p.fields[name] : undefined;
        const visible = !!message && (showAll || touched.has(name));
        el.textContent = visible ? message : "";
        const field = el.closest(".field");
        if (field) {
          field.classList.toggle("invalid", visible);
        }
      });
      general.textContent = "";
      if (p && p.general && p.general.length > 0) {
        const list = document.createElement("ul");
        p.general.forEach((message) => {
          const item = document.createElement("li");
          item.textContent = message;
          list.appendChild(item);
        });
        general.appendChild(list);
      }
    }

    async function update() {
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      pending = true;
      status.textContent = box.dataset.updating;
      try {
        const response = await fetch(form.dataset.preview, {
          method: "POST",
          body: new URLSearchParams(new FormData(form)),
          signal: controller.signal,
        });
        const type = response.headers.get("Content-Type") || "";
        if (response.ok && type.startsWith("image/png")) {
          const blob = await response.blob();
          if (imageUrl) {
            URL.revokeObjectURL(imageUrl);
          }
          imageUrl = URL.createObjectURL(blob);
          image.src = imageUrl;
          image.hidden = false;
          status.textContent = "";
          show(null);
        } else {
          let p = null;
          try {
            p = await response.json();
          } catch (e) {
            p = { fields: {}, general: [box.dataset.failed] };
          }
          show(p);
          image.hidden = true;
          status.textContent = box.dataset.waiting;
        }
        pending = false;
      } catch (e) {
        if (e.name !== "AbortError") {
          pending = false;
          status.textContent = box.dataset.failed;
        }
      }
    }

    function schedule(event) {
      if (event && event.target && event.target.name) {
        touched.add(fieldOf(event.target.name));
      }
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(update, DEBOUNCE_MS);
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    form.addEventListener("submit", (event) => {
      // A language link takes the form along as it is.
      if (event.submitter && event.submitter.dataset.switch) {
        return;
      }
      // Known problems: show them all instead of sending the form. While
      // a check is on its way the server decides.
      if (!pending && hasProblems(problems)) {
        event.preventDefault();
        showAll = true;
        show(problems);
        focusFirstProblem();
      }
    });

    function focusFirstProblem() {
      const first = form.querySelector(".field.invalid input, .field.invalid select");
      if (first) {
        first.scrollIntoView({ block: "center" });
        first.focus();
      } else if (general.textContent.trim() !== "") {
        general.scrollIntoView({ block: "center" });
      }
    }

    // A refused download came back as this page: its problems in view.
    if (showAll || general.textContent.trim() !== "") {
      focusFirstProblem();
    }
    update();
  }

  function rosterProgress(box) {
    const bar = document.getElementById("roster-bar");
    const text = document.getElementById("roster-progress-text");
    const link = document.getElementById("roster-download");

    async function poll() {
      try {
        const response = await fetch(box.dataset.status);
        if (!response.ok) {
          text.textContent = await response.text();
          return;
        }
        const s = await response.json();
        if (s.total > 0) {
          bar.max = s.total;
          bar.value = s.done;
        }
        if (s.text) {
          text.textContent = s.text;
        }
        if (s.finished) {
          bar.value = bar.max;
          link.hidden = false;
          link.focus();
          return;
        }
        if (s.failed) {
          return;
        }
      } catch (e) {
        // The next poll tries again.
      }
      setTimeout(poll, 1000);
    }

    if (link.hidden) {
      poll();
    }
  }
})();
