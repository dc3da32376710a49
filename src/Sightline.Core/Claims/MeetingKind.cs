namespace Sightline.Claims;

/// <summary>How the report says two parties came together. <see cref="Planned"/> and <see cref="Denied"/> did not (yet) happen.</summary>
public enum MeetingKind { Met, Received, Visited, Photo, PhoneCall, Planned, Denied }

/// <summary>Helpers for <see cref="MeetingKind"/>.</summary>
public static class MeetingKinds
{
    /// <summary>False for a planned or denied meeting: the report does not say it took place.</summary>
    public static bool Happened(this MeetingKind kind) => kind is not (MeetingKind.Planned or MeetingKind.Denied);

    /// <summary>The snake_case name used in JSON: <c>met</c>, <c>received</c>, <c>visited</c>, <c>photo</c>, <c>phone_call</c>, <c>planned</c>, <c>denied</c>.</summary>
    public static string Name(this MeetingKind kind) => kind switch
    {
        MeetingKind.PhoneCall => "phone_call",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
