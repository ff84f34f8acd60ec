namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Makes the random secrets behind refresh tokens and the hashes they are stored as.</summary>
public interface IRefreshTokenSecrets
{
    RefreshTokenSecret Create();

    /// <summary>The stored form of a presented token (lower-case hex), for lookups.</summary>
    string Hash(string token);
}

/// <summary><paramref name="Token"/> goes to the client once; only <paramref name="Hash"/> is stored.</summary>
public sealed record RefreshTokenSecret(string Token, string Hash);
