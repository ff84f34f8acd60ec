namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>
/// Whether a session is still open. A session is one login's refresh-token family; every access token names its
/// session (<see cref="SessionClaim"/>) and authenticates a request only while the session is open, so logging out or a
/// detected refresh-token reuse shuts out the session's access tokens at once rather than when they expire.
/// </summary>
public interface ISessionStatus
{
    /// <summary>The access-token claim that carries the session id.</summary>
    public const string SessionClaim = "sid";

    /// <summary>Whether <paramref name="sessionId"/> is an open session of <paramref name="userId"/>; asked on every authenticated request.</summary>
    ValueTask<bool> IsOpenAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Tells this server that the session has just been ended (and saved), so that it stops answering open at once.</summary>
    void Ended(Guid sessionId);
}
