using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Domain.Experiments;

/// <summary>
/// Where a user falls among <see cref="Count"/> buckets for a salt (ADR 0028): the first eight bytes of
/// SHA-256(salt ":" user id in "N" form) read big-endian, modulo <see cref="Count"/>. The same on every machine and run
/// (unlike <c>string.GetHashCode</c>), and different salts split the same users independently.
/// </summary>
public static class ExperimentBuckets
{
    public const int Count = 10_000;

    /// <summary>Salts are 32-character experiment salts or layer keys (at most 64 characters).</summary>
    public const int MaxSaltLength = 64;

    public static int Of(string salt, Guid userId)
    {
        if (salt.Length > MaxSaltLength)
        {
            throw new ArgumentOutOfRangeException(nameof(salt), $"A salt is at most {MaxSaltLength} characters.");
        }

        Span<char> text = stackalloc char[MaxSaltLength + 1 + 32];
        salt.CopyTo(text);
        text[salt.Length] = ':';
        userId.TryFormat(text[(salt.Length + 1)..], out var written, "N");
        Span<byte> input = stackalloc byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var length = Encoding.UTF8.GetBytes(text[..(salt.Length + 1 + written)], input);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..length], hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % Count);
    }
}
