/**
 * The live group question session (nominal group technique, DESIGN §4): silent generation, the
 * round robin, clarifying, voting and the recorded shared question, with the facilitator's board
 * and the participants' phones. The rest of the learning loop is in {@code nl.leerkring.learning}.
 */
package nl.leerkring.learning.session;
