/* Krampbot: start the rasa-webchat widget with the socket URL from /config.json, say
 * whether Krampbot is ready, help keyboard users, and let people keep their summary. */
(function () {
  "use strict";

  var STORAGE_KEY = "chat_session"; // where rasa-webchat keeps the conversation
  var SUMMARY_START = /^\s*Samenvatting voor/;

  var statusEl = document.getElementById("chat-status");
  var openButton = document.getElementById("open-chat");
  var chatEl = document.getElementById("webchat");
  var printEl = document.getElementById("print-summary");

  function setStatus(text) {
    if (statusEl && statusEl.textContent !== text) statusEl.textContent = text;
  }

  function $(selector) {
    return chatEl ? chatEl.querySelector(selector) : null;
  }

  function isOpen() {
    return !!$(".rw-conversation-container");
  }

  function focusMessageBox() {
    var box = $(".rw-new-message");
    if (box && !box.disabled) box.focus();
  }

  function openChat() {
    var launcher = $(".rw-launcher");
    if (launcher && !isOpen()) launcher.click();
    window.setTimeout(focusMessageBox, 0);
  }

  function closeChat() {
    // Big screens close with the launcher; small ones hide it and show a close button.
    var close = $(".rw-close-button");
    if (!close || close.offsetParent === null) close = $(".rw-launcher");
    if (close && isOpen()) close.click();
  }

  /* ---- Keyboard: Escape closes the chat; focus never falls back to the page top. */
  function keepFocusInWidget(wasInWidget) {
    if (!wasInWidget) return;
    // The widget re-renders after the click; look again a few times until it settled.
    [0, 50, 150, 400].forEach(function (delay) {
      window.setTimeout(function () {
        var active = document.activeElement;
        if (active && active !== document.body && chatEl.contains(active)) return;
        if (active && active !== document.body) return; // the user went elsewhere
        if (isOpen()) focusMessageBox();
        else if ($(".rw-launcher")) $(".rw-launcher").focus();
      }, delay);
    });
  }

  if (chatEl) {
    chatEl.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && isOpen()) {
        event.preventDefault();
        closeChat();
        keepFocusInWidget(true);
      }
    });
    // A chosen quick reply disappears; so does the header's close button when the chat
    // closes. Move the focus to the message box or the launcher instead of the page top.
    chatEl.addEventListener("click", function (event) {
      if (event.target.closest(".rw-reply, .rw-close-button, .rw-launcher")) {
        keepFocusInWidget(true);
      }
    }, true);
  }

  /* ---- The summary: copy it, or print it, exactly as Krampbot sent it. */
  function storedSummaries() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "{}");
      return (stored.conversation || [])
        .filter(function (m) {
          return m && m.sender === "response" && typeof m.text === "string" &&
            SUMMARY_START.test(m.text);
        })
        .map(function (m) { return m.text; });
    } catch (error) {
      return [];
    }
  }

  // Only when the stored text is missing: the shown message, back to plain text.
  function shownText(messageEl) {
    var lines = [];
    var blocks = messageEl.querySelectorAll(".rw-message-text p, .rw-message-text li");
    if (!blocks.length) return messageEl.querySelector(".rw-message-text").innerText.trim();
    Array.prototype.forEach.call(blocks, function (block) {
      lines.push((block.tagName === "LI" ? "- " : "") + block.innerText.trim());
    });
    return lines.join("\n");
  }

  function summaryText(messageEl) {
    var shown = Array.prototype.slice.call(chatEl.querySelectorAll(".rw-message[data-kb-summary]"));
    var index = shown.indexOf(messageEl);
    var stored = storedSummaries();
    return index >= 0 && index < stored.length ? stored[index] : shownText(messageEl);
  }

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "kb-offscreen";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyWithSelection(text); }
      );
    }
    return Promise.resolve(copyWithSelection(text));
  }

  function printText(text) {
    if (!printEl) return;
    printEl.textContent = text;
    document.body.classList.add("kb-printing");
    window.print();
  }

  window.addEventListener("afterprint", function () {
    document.body.classList.remove("kb-printing");
    if (printEl) printEl.textContent = "";
  });

  function addSummaryActions(messageEl) {
    messageEl.setAttribute("data-kb-summary", "");
    var actions = document.createElement("div");
    actions.className = "kb-summary-actions";
    actions.setAttribute("role", "group");
    actions.setAttribute("aria-label", "Samenvatting bewaren");

    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "kb-copy-summary";
    copy.textContent = "Kopieer samenvatting";

    var print = document.createElement("button");
    print.type = "button";
    print.className = "kb-print-summary";
    print.textContent = "Print samenvatting";

    var feedback = document.createElement("span");
    feedback.className = "kb-summary-feedback";
    feedback.setAttribute("role", "status");

    copy.addEventListener("click", function () {
      copyText(summaryText(messageEl)).then(function (copied) {
        feedback.textContent = copied
          ? "Gekopieerd. Plak de samenvatting waar je wilt, bijvoorbeeld in een mail."
          : "Kopiëren lukte niet. Selecteer de tekst van de samenvatting en kopieer die zelf.";
        if (feedback.scrollIntoView) feedback.scrollIntoView({ block: "nearest" });
      });
    });
    print.addEventListener("click", function () {
      feedback.textContent = "";
      printText(summaryText(messageEl));
    });

    actions.appendChild(copy);
    actions.appendChild(print);
    actions.appendChild(feedback);
    var list = document.getElementById("rw-messages");
    var atBottom = list && list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    messageEl.appendChild(actions);
    if (atBottom) list.scrollTop = list.scrollHeight; // the widget scrolled before we added these
  }

  function markSummaries() {
    if (!chatEl) return;
    var texts = chatEl.querySelectorAll(".rw-from-response .rw-message-text");
    Array.prototype.forEach.call(texts, function (textEl) {
      var messageEl = textEl.closest(".rw-message");
      if (!messageEl || messageEl.querySelector(".kb-summary-actions")) return;
      if (SUMMARY_START.test(textEl.innerText || textEl.textContent || "")) {
        addSummaryActions(messageEl);
      }
    });
  }

  /* ---- Privacy: a link in the widget's header; after "/vergeet" the stored session goes. */
  var ERASED = /^\s*Je gesprek is gewist\./;
  var ERASED_FLAG = "krampbot_erased";
  var erasing = false;

  function addPrivacyLink() {
    var header = $(".rw-header");
    if (!header || header.querySelector(".kb-privacy-link")) return;
    var link = document.createElement("a");
    link.className = "kb-privacy-link";
    link.href = "/privacy.html";
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = "Privacy";
    link.setAttribute("aria-label", "Privacy: wat Krampbot bewaart (opent in een nieuw tabblad)");
    header.appendChild(link);
  }

  function clearAfterErasure() {
    if (erasing || !chatEl) return;
    var texts = chatEl.querySelectorAll(".rw-from-response .rw-message-text");
    var last = texts.length ? texts[texts.length - 1] : null;
    if (!last || !ERASED.test(last.innerText || last.textContent || "")) return;
    erasing = true;
    // The conversation is gone on the server; the browser's copy goes too. The page
    // starts again, with a fresh chat session, and says why.
    window.setTimeout(function () {
      try {
        window.sessionStorage.removeItem(STORAGE_KEY);
        window.sessionStorage.setItem(ERASED_FLAG, "1");
      } catch (error) { /* storage blocked: nothing was kept either */ }
      window.location.reload();
    }, 4000);
  }

  try {
    if (window.sessionStorage.getItem(ERASED_FLAG)) {
      window.sessionStorage.removeItem(ERASED_FLAG);
      window.setTimeout(function () { setStatus("Je gesprek is gewist. Je kunt opnieuw beginnen."); }, 0);
    }
  } catch (error) { /* no storage */ }

  /* ---- A new long answer is shown from its first line (the action comes first), not
     scrolled past: the list scrolls to the start of the first new bot message. */
  var botMessagesSeen = 0;

  function showStartOfNewAnswer() {
    var list = document.getElementById("rw-messages");
    if (!list || !chatEl) return;
    var bots = chatEl.querySelectorAll(".rw-from-response");
    if (bots.length <= botMessagesSeen) { botMessagesSeen = bots.length; return; }
    var first = bots[botMessagesSeen];
    botMessagesSeen = bots.length;
    var newHeight = list.scrollHeight - (first.offsetTop - list.offsetTop);
    if (newHeight > list.clientHeight) {
      // Longer than the panel: put its first line at the top, after the widget's own scroll.
      window.setTimeout(function () { list.scrollTop = first.offsetTop - list.offsetTop - 8; }, 60);
    }
  }

  function onWidgetChange() {
    markSummaries();
    addPrivacyLink();
    clearAfterErasure();
    showStartOfNewAnswer();
  }

  if (chatEl && window.MutationObserver) {
    new MutationObserver(onWidgetChange).observe(chatEl, { childList: true, subtree: true });
  }

  /* ---- Start the widget; the page says when Krampbot is ready (Rasa can take a while). */
  if (!window.WebChat || typeof window.WebChat.default !== "function") {
    setStatus("De chat kon niet laden. Probeer het later nog eens.");
    return;
  }
  setStatus("Krampbot start op …");

  var everConnected = false;
  var socketEvents = {
    connect: function () {
      everConnected = true;
      setStatus("Krampbot is er klaar voor.");
      // The widget shows itself once the socket is there; so does the page's button.
      if (openButton) openButton.hidden = false;
    },
    disconnect: function () {
      setStatus("De verbinding met Krampbot is weg. We proberen het opnieuw …");
    },
    connect_error: function () {
      setStatus(everConnected
        ? "De verbinding met Krampbot is weg. We proberen het opnieuw …"
        : "Krampbot start op …");
    }
  };

  fetch("/config.json", { cache: "no-store" })
    .then(function (response) {
      if (!response.ok) throw new Error("config " + response.status);
      return response.json();
    })
    .then(function (config) {
      window.WebChat.default(
        {
          socketUrl: config.socketUrl,
          socketPath: config.socketPath || "/socket.io/",
          initPayload: "/greet",
          title: "Krampbot",
          subtitle: "Vragen over kramp in je benen",
          inputTextFieldHint: "Typ je vraag…",
          connectingText: "Verbinden met Krampbot…",
          hideWhenNotConnected: false,
          showCloseButton: true,
          showFullScreenButton: false,
          mainColor: "#1b5e7a",
          userBackgroundColor: "#1b5e7a",
          userTextColor: "#ffffff",
          assistBackgoundColor: "#eef3f6",
          assistTextColor: "#1d2a33",
          onSocketEvent: socketEvents,
          // Kept in sessionStorage: the conversation survives a reload, not closing the tab.
          params: { storage: "session" }
        },
        chatEl
      );
      if (openButton) openButton.addEventListener("click", openChat);
    })
    .catch(function () {
      setStatus("De chat kon niet laden. Probeer het later nog eens.");
    });
})();
