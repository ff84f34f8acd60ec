using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;

namespace KnowledgePay.GraphQL.Risk;

/// <summary>
/// The connection's address and the <c>X-Device-Id</c> header: a random id the mini program makes on first launch and
/// keeps in its storage (never a hardware identifier). Like the address, it is the client's claim; the access rules only
/// count it. Behind a reverse proxy, the host's forwarded-headers setup decides the address.
/// </summary>
internal sealed class HttpClientOrigin(IHttpContextAccessor accessor) : IClientOrigin
{
    public const string DeviceHeaderName = "X-Device-Id";

    public ClientOrigin Current =>
        ClientOrigin.Of(
            accessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            accessor.HttpContext?.Request.Headers[DeviceHeaderName].ToString().Trim());
}
