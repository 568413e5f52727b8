/* Krampbot: start the rasa-webchat widget with the socket URL from /config.json. */
(function () {
  "use strict";

  var statusEl = document.getElementById("chat-status");
  var openButton = document.getElementById("open-chat");

  function setStatus(text) {
    if (statusEl) statusEl.textContent = text;
  }

  function openChat() {
    var launcher = document.querySelector(".rw-launcher");
    if (launcher && !document.querySelector(".rw-conversation-container")) launcher.click();
  }

  if (!window.WebChat || typeof window.WebChat.default !== "function") {
    setStatus("De chat kon niet laden. Probeer het later nog eens.");
    return;
  }

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
          // Kept in sessionStorage: the conversation survives a reload, not closing the tab.
          params: { storage: "session" }
        },
        document.getElementById("webchat")
      );
      if (openButton) {
        openButton.hidden = false;
        openButton.addEventListener("click", openChat);
      }
    })
    .catch(function () {
      setStatus("De chat kon niet laden. Probeer het later nog eens.");
    });
})();
