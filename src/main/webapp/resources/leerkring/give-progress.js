/* The feedback form (feedback/give.xhtml): keeps the counts of answered statements up to date, for the
   whole form and per area, and opens the next area once one is complete. No answer is sent by this:
   saving stays with the form's buttons. */
(function () {
    "use strict";

    function format(template, answered, total) {
        return template.replace("{0}", answered).replace("{1}", total);
    }

    function count(scope) {
        var groups = scope.querySelectorAll("fieldset.likert");
        var answered = 0;
        groups.forEach(function (group) {
            if (group.querySelector("input[type=radio]:checked")) {
                answered++;
            }
        });
        return {answered: answered, total: groups.length};
    }

    function update(form, changedArea) {
        var areas = Array.prototype.slice.call(form.querySelectorAll("details.area"));
        areas.forEach(function (area) {
            var label = area.querySelector(".area-count");
            var c = count(area);
            label.textContent = format(label.getAttribute("data-template"), c.answered, c.total);
            area.classList.toggle("complete", c.answered === c.total);
        });
        var progress = document.getElementById("give-progress");
        var all = count(form);
        progress.querySelector(".progress-text").textContent =
            format(progress.getAttribute("data-template"), all.answered, all.total);
        progress.querySelector("progress").value = all.answered;
        if (changedArea && changedArea.classList.contains("complete")) {
            var next = areas.slice(areas.indexOf(changedArea) + 1).find(function (area) {
                return !area.classList.contains("complete");
            });
            if (next && !next.open) {
                next.open = true;
            }
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        var form = document.getElementById("give");
        if (!form) {
            return;
        }
        form.addEventListener("change", function (event) {
            if (event.target.type === "radio") {
                update(form, event.target.closest("details.area"));
            }
        });
        update(form, null);
    });
})();
