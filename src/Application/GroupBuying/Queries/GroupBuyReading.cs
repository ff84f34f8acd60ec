using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.GroupBuying;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.Queries;

internal static class GroupBuyReading
{
    /// <summary>The groups matching <paramref name="which"/> with their seat holders (reserved or paid), in two statements.</summary>
    public static async Task<List<GroupBuyDto>> GroupBuyDtosAsync(
        this IApplicationDbContext db, IQueryable<GroupBuy> which, CancellationToken cancellationToken)
    {
        var groups = await which.AsNoTracking().OrderBy(g => g.OpenedAt).ThenBy(g => g.Id).ToListAsync(cancellationToken);
        var groupIds = groups.Select(g => g.Id).ToList();
        var members = await db.GroupBuyMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupBuyId)
                && (m.Status == GroupBuyMemberStatus.Reserved || m.Status == GroupBuyMemberStatus.Paid))
            .OrderBy(m => m.JoinedAt)
            .Select(m => new
            {
                m.GroupBuyId,
                m.IsLeader,
                m.Status,
                Profile = db.Users.Where(u => u.Id == m.UserId).Select(u => new { u.Profile.Nickname, u.Profile.AvatarUrl }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var byGroup = members.ToLookup(m => m.GroupBuyId);
        return [.. groups.Select(g => new GroupBuyDto
        {
            Id = g.Id,
            DealId = g.DealId,
            OfferKind = g.OfferKind,
            OfferId = g.OfferId,
            Size = g.Size,
            Status = g.Status,
            OpenedAt = g.OpenedAt,
            ExpiresAt = g.ExpiresAt,
            SeatsTaken = g.SeatsTaken,
            PaidCount = g.PaidCount,
            Members = [.. byGroup[g.Id].Select(m => new GroupBuyMemberDto(
                Mask(m.Profile?.Nickname), m.Profile?.AvatarUrl, m.IsLeader, m.Status == GroupBuyMemberStatus.Paid))],
        })];
    }

    /// <summary>The first character and two asterisks, so a group shows who is in it without naming anyone.</summary>
    private static string Mask(string? nickname) =>
        string.IsNullOrEmpty(nickname) ? "微信用户" : $"{char.ConvertFromUtf32(char.ConvertToUtf32(nickname, 0))}**";
}
