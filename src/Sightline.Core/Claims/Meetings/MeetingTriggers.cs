namespace Sightline.Claims.Meetings;

/// <summary>How a trigger lays out its parties: a verb (subject before, object after), <c>a meeting between X and Y</c>,
/// a noun with a possessor (<c>Guterres' meeting with …</c>), a picture of one party with others (<c>a photograph of
/// Guterres with Qais Al-Khaz'ali</c>), or a recurrence of an earlier meeting.</summary>
internal enum TriggerShape { Verb, Between, Noun, PhotoOf, Recurrence }

/// <summary>Words in a sentence that tell of a meeting: tokens [<see cref="Start"/>, <see cref="ObjectStart"/>) with the kind and shape they give.</summary>
internal sealed record MeetingTrigger(int Start, int ObjectStart, MeetingKind Kind, TriggerShape Shape);

/// <summary>Finds meeting triggers: met, held talks, received, hosted, visited, paid a visit to, posed for a photo with,
/// a phone or video call, discussed … with, conferred with, spoke to, was received by, will meet, is due in X to meet,
/// did not meet, a meeting between, similar meetings were held. Triggers are generous: the judge of the parties
/// (<see cref="IPartyJudge"/>) decides whether anyone met.</summary>
internal static class MeetingTriggers
{
    private static readonly HashSet<string> Base = ["meet", "visit", "receive", "host", "hold", "see", "welcome"];
    private static readonly HashSet<string> Intent = ["due", "expected", "scheduled", "set", "plans", "planned", "planning", "intends", "going", "slated", "poised"];
    private static readonly HashSet<string> Received = ["received", "receives", "receiving", "hosted", "hosts", "hosting", "welcomed", "welcomes"];
    private static readonly HashSet<string> Affirmed = ["receive", "host", "welcome"];
    private static readonly HashSet<string> Visited = ["visited", "visits", "visiting"];
    private static readonly HashSet<string> Met = ["met", "meets", "meet"];
    private static readonly HashSet<string> Photo = ["posed", "poses", "posing", "photographed", "pictured"];
    private static readonly HashSet<string> Discussed = ["discussed", "discusses", "discussing", "discuss", "reviewed", "exchanged"];
    private static readonly HashSet<string> Conferred = ["conferred", "confers", "consulted", "talked", "spoke", "spoken", "speaks", "negotiated"];
    private static readonly HashSet<string> Again = ["similar", "another", "other", "previous", "earlier", "second", "third", "further", "several", "subsequent"];

    public static List<MeetingTrigger> Find(SentenceFrame f)
    {
        var found = new List<MeetingTrigger>();
        for (var i = 0; i < f.Count; i++)
        {
            var trigger = At(f, i);
            if (trigger is null) continue;
            found.Add(trigger);
            i = Math.Max(i, trigger.ObjectStart - 1);
        }
        return found;
    }

    private static MeetingTrigger? At(SentenceFrame f, int i)
    {
        var w = f.Word(i);
        if (f.MentionAt(i) is not null) return null;
        // Denied: did not meet, never met, denied meeting.
        if (w is "did" or "does" or "has" or "have" or "had" or "was" && f.Word(i + 1) is "not" or "n't" or "never")
        {
            var v = f.Word(i + 2);
            if (Met.Contains(v) || v is "hold" or "held") return new(i, After(f, i + 3), MeetingKind.Denied, TriggerShape.Verb);
            return null;
        }
        if (w == "never" && Met.Contains(f.Word(i + 1))) return new(i, After(f, i + 2), MeetingKind.Denied, TriggerShape.Verb);
        if (w == "denied" && f.Word(i + 1) is "meeting" or "having" or "holding") return new(i, After(f, i + (f.Word(i + 2) is "met" ? 3 : 2)), MeetingKind.Denied, TriggerShape.Verb);
        // Planned: will meet, is due to meet, plans to visit.
        if (w is "will" or "would" or "shall")
        {
            var k = f.Word(i + 1) is "also" or "reportedly" or "soon" or "then" ? i + 2 : i + 1;
            if (Base.Contains(f.Word(k))) return new(i, After(f, k + 1), MeetingKind.Planned, TriggerShape.Verb);
            return null;
        }
        if (Intent.Contains(w))
        {
            // "is due to meet", "is due in Tehran on Monday to meet"
            for (var k = i + 1; k < Math.Min(f.Count, i + 8); k++)
            {
                if (f.Word(k) == "to" && Base.Contains(f.Word(k + 1))) return new(i, After(f, k + 2), MeetingKind.Planned, TriggerShape.Verb);
                if (f.Word(k) is "." or ";" or "," or "and" || f.MentionAt(k) is { IsParty: true }) break;
            }
        }
        // Recurrence: similar meetings were held on …
        if (Again.Contains(w) && f.Word(i + 1) is "meeting" or "meetings" && f.Word(i + 2) is not ("between" or "with"))
            return new(i, i + 2, MeetingKind.Met, TriggerShape.Recurrence);
        if (w == "met" && f.Word(i + 1) == "again") return new(i, i + 2, MeetingKind.Met, TriggerShape.Recurrence);
        // A photo together.
        if (Photo.Contains(w))
        {
            for (var k = i + 1; k < Math.Min(f.Count, i + 6); k++)
                if (f.Word(k) is "with" or "alongside" or "beside" or "next") return new(i, k + 1, MeetingKind.Photo, TriggerShape.Verb);
            return null;
        }
        // A picture of X with Y.
        if (w is "photo" or "photos" or "photograph" or "photographs" or "picture" or "pictures" or "image" or "images" && f.Word(i + 1) == "of")
        {
            for (var k = i + 3; k < Math.Min(f.Count, i + 9); k++)
                if (f.Word(k) == "with") return new(i, k + 1, MeetingKind.Photo, TriggerShape.PhotoOf);
            return null;
        }
        // A phone call.
        if (w is "phoned" or "telephoned") return new(i, After(f, i + 1), MeetingKind.PhoneCall, TriggerShape.Verb);
        if (w is "phone" or "telephone" && f.Word(i + 1) is "call" or "calls" or "conversation")
            return new(i, After(f, i + 2), MeetingKind.PhoneCall, TriggerShape.Noun);
        if (w == "spoke" && (f.Reads(i + 1, "by", "phone") || f.Reads(i + 1, "by", "telephone") || f.Reads(i + 1, "on", "the", "phone")))
            return new(i, After(f, i + (f.Word(i + 2) == "the" ? 4 : 3)), MeetingKind.PhoneCall, TriggerShape.Verb);
        if (Received.Contains(w) && (f.Reads(i + 1, "a", "phone", "call") || f.Reads(i + 1, "a", "telephone", "call") || f.Reads(i + 1, "a", "call")))
        {
            var from = i + (f.Word(i + 2) == "call" ? 3 : 4);
            return new(i, f.Word(from) == "from" ? from + 1 : from, MeetingKind.PhoneCall, TriggerShape.Verb); // "received a phone call from X"
        }
        if (w is "video" or "phone" or "telephone" && f.Word(i + 1) is "conference" or "talks" || w == "videoconference")
            return new(i, After(f, i + (w == "videoconference" ? 1 : 2)), MeetingKind.PhoneCall, TriggerShape.Noun);
        if (w is "call" or "calls" && f.Word(i - 1) is "a" or "video" && f.Word(i + 1) == "with") return new(i, i + 2, MeetingKind.PhoneCall, TriggerShape.Noun);
        // Passives: "was received by X", "were met by X".
        if ((Received.Contains(w) || Met.Contains(w)) && f.Word(i - 1) is "was" or "were" or "been" or "being" or "is" or "are" && f.Word(i + 1) == "by")
            return new(i, i + 2, Met.Contains(w) ? MeetingKind.Met : MeetingKind.Received, TriggerShape.Verb);
        // "discussed the truce with X", "conferred with X", "spoke to X", "shook hands with X", "paid a visit to X".
        if (Discussed.Contains(w))
        {
            for (var k = i + 1; k < Math.Min(f.Count, i + 16); k++)
            {
                if (f.Word(k) == "with") return new(i, k + 1, MeetingKind.Met, TriggerShape.Verb);
                if (f.Word(k) is "." or ";" or ":" || Lexicon.ReportingVerbs.Contains(f.Word(k))) break;
            }
            return null;
        }
        if (Conferred.Contains(w) && (f.Word(i + 1) == "with" || f.Word(i + 1) == "to" && w is not "conferred")) return new(i, i + 2, MeetingKind.Met, TriggerShape.Verb);
        if (w is "shook" or "shakes" or "shaking" && f.Reads(i + 1, "hands", "with") || w is "sat" or "sits" && f.Reads(i + 1, "down", "with"))
            return new(i, i + 3, MeetingKind.Met, TriggerShape.Verb);
        if (w is "audience" && f.Word(i + 1) is "with") return new(i, i + 2, MeetingKind.Met, TriggerShape.Noun);
        if (w is "paid" or "pays" or "paying" && f.Word(i + 1) is "a" or "an")
        {
            for (var k = i + 2; k < Math.Min(f.Count, i + 5); k++)
                if (f.Word(k) is "visit" or "visits" && f.Word(k + 1) == "to") return new(i, k + 2, MeetingKind.Visited, TriggerShape.Verb);
            return null;
        }
        if (Received.Contains(w) || Affirmed.Contains(w) && f.Word(i - 1) is "did" or "does") return new(i, After(f, i + 1), MeetingKind.Received, TriggerShape.Verb);
        if (Visited.Contains(w)) return new(i, i + 1, MeetingKind.Visited, TriggerShape.Verb);
        if (Met.Contains(w)) return new(i, After(f, i + 1), MeetingKind.Met, TriggerShape.Verb);
        if (w is "meeting" or "meetings" or "talks" or "summit")
        {
            if (f.Word(i + 1) == "between") return new(i, i + 2, MeetingKind.Met, TriggerShape.Between);
            if (f.Word(i - 1) is "a" or "the" && f.Word(i - 2) is "during" or "at" or "in" && f.Word(i + 1) is not "with")
                return new(i, i + 1, MeetingKind.Met, TriggerShape.Noun); // "X and Y discussed Gaza during a meeting in Beirut"
            if (w == "talks" && f.Word(i - 1) is "held" or "holds" or "hold" or "holding") return new(i - 1, After(f, i + 1), MeetingKind.Met, TriggerShape.Verb);
            for (var k = i + 1; k < Math.Min(f.Count, i + 5); k++)
            {
                if (f.Word(k) == "with") return new(i, k + 1, MeetingKind.Met, TriggerShape.Noun);
                if (f.Word(k) is "." or ";" or "," or "between" or "and") break;
            }
        }
        return null;
    }

    /// <summary>The first token of the object: past a date or a place ("held talks on Sunday with …", "met in Tehran
    /// with …") and past <c>with</c>.</summary>
    private static int After(SentenceFrame f, int i)
    {
        var k = i;
        while (k < f.Count && (f.Dates.Any(d => k >= d.First && k < d.End) || f.Word(k) is "on" or "in" or "late" or "early" && f.Dates.Any(d => d.First == k + 1)
            || f.Word(k) is "in" or "at" && f.MentionAt(k + 1) is { Type: Sightline.Analysis.Mentions.MentionType.Location }
            || f.MentionAt(k) is { Type: Sightline.Analysis.Mentions.MentionType.Location } && f.Word(k - 1) is "in" or "at")) k++;
        if (f.Word(k) is "with" or "alongside") return k + 1;
        return f.Word(i) is "with" or "alongside" ? i + 1 : i;
    }
}
