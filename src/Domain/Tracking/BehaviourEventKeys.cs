using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Domain.Tracking;

/// <summary>
/// A behaviour event's primary key, derived from what makes it unique (the user and the event id) instead of drawn at
/// random. EF inserts a batch's rows in key order, so racing batches of the same events now lock their rows in the same
/// order: the later one waits for the first and meets its rows as duplicates, where random keys let two batches take the
/// same rows in opposite orders and deadlock (ADR 0082).
/// </summary>
public static class BehaviourEventKeys
{
    /// <summary>A UUID of version 8 (RFC 9562, "custom") holding the first 122 bits of SHA-256 over the user and the event id.</summary>
    public static Guid For(Guid userId, string eventId)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventId.Length, BehaviourLimits.EventIdLength);
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(eventId.Length)];
        userId.TryWriteBytes(input, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(eventId, input[16..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..length], hash);

        hash[6] = (byte)(0x80 | (hash[6] & 0x0F));
        hash[8] = (byte)(0x80 | (hash[8] & 0x3F));
        return new Guid(hash[..16], bigEndian: true);
    }
}
