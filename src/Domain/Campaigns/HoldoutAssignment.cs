using System.Buffers.Binary;
using System.Security.Cryptography;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>
/// Whether a user falls in a campaign's holdout: a hash of campaign and user mapped onto [0, 1) and compared with the
/// share. Deterministic, so every run, sweep and instance puts a user on the same side; independent of enrolment order.
/// </summary>
public static class HoldoutAssignment
{
    public static bool IsHeldOut(Guid campaignId, Guid userId, double share)
    {
        Span<byte> input = stackalloc byte[32];
        campaignId.TryWriteBytes(input[..16]);
        userId.TryWriteBytes(input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var position = (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
        return position < share;
    }
}
