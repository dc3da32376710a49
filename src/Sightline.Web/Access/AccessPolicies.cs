using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Sightline.Access;

namespace Sightline.Web.Access;

/// <summary>
/// Who may do what (ADR-027). <see cref="Read"/>: anyone on a loopback-only server, any credential on an exposed one.
/// <see cref="Write"/>: an analyst or admin credential. <see cref="Admin"/>: an admin credential. An endpoint that names
/// no policy (and the static pages) falls back to reading for GET and HEAD and writing for every other method, so a
/// new endpoint that changes the record is closed until someone opens it on purpose.
/// </summary>
public static class AccessPolicies
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.AddRequirements(new AccessRequirement(AccessLevel.Read)));
        options.AddPolicy(Write, p => p.AddRequirements(new AccessRequirement(AccessLevel.Write)));
        options.AddPolicy(Admin, p => p.AddRequirements(new AccessRequirement(AccessLevel.Admin)));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new AccessRequirement(AccessLevel.ByMethod)).Build();
    }
}

/// <summary>What a request needs: to read, to write, to administer, or (the fallback) to read for GET and HEAD and to
/// write for any other method.</summary>
public enum AccessLevel { Read, Write, Admin, ByMethod }

/// <summary>A request needs <see cref="Level"/>.</summary>
public sealed record AccessRequirement(AccessLevel Level) : IAuthorizationRequirement;

/// <summary>Judges an <see cref="AccessRequirement"/> by the request's credential and how the server was opened.</summary>
public sealed class AccessRequirementHandler(AccessSettings settings) : AuthorizationHandler<AccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var level = requirement.Level == AccessLevel.ByMethod
            ? http is null || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? AccessLevel.Read : AccessLevel.Write
            : requirement.Level;
        var role = context.User.Role();
        var triedCredential = http is not null && http.Request.Headers.Authorization.Count > 0;
        var allowed = level switch
        {
            AccessLevel.Read => role is not null || (!settings.Exposed && !triedCredential),
            AccessLevel.Write => role?.MayWrite() == true,
            _ => role == AccessRole.Admin,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
