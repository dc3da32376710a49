namespace Sightline.Web.Contracts;

/// <summary><c>GET /healthz</c> and <c>GET /readyz</c>: <c>{"status": "ok"}</c>, as yente answers.</summary>
public sealed record StatusJson(string Status);
