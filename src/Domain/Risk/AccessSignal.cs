using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Risk;

/// <summary>
/// One sign-in or stream start the access rules count, kept only as long as the signal retention allows. Personal data
/// is minimised: the openid only as a SHA-256 digest (for attempts that have one), the address, the client's random
/// device id; nothing else about the request.
/// </summary>
public sealed class AccessSignal : Entity
{
    public const int OpenIdHashLength = 64;

    private AccessSignal()
    {
        Address = string.Empty;
    }

    public AccessSignalKind Kind { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The account, when one is known (a failed attempt with an invalid code has none).</summary>
    public Guid? UserId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the openid, when WeChat named one.</summary>
    public string? OpenIdHash { get; private set; }

    public string Address { get; private set; }

    public string? DeviceId { get; private set; }

    public static AccessSignal Record(AccessSignalKind kind, Guid? userId, string? openIdHash, ClientOrigin origin, DateTimeOffset now) =>
        new()
        {
            Kind = kind,
            OccurredAt = now,
            UserId = userId,
            OpenIdHash = openIdHash,
            Address = origin.Address,
            DeviceId = origin.DeviceId,
        };
}
