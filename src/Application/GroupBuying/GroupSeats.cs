using KnowledgePay.Domain.GroupBuying;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying;

internal static class GroupSeats
{
    /// <summary>Gives a seat back to an open group, and a paid one's count; a closed group keeps its numbers as they ended.</summary>
    public static Task FreeSeatAsync(this DbSet<GroupBuy> groups, Guid groupId, bool paid, CancellationToken cancellationToken) =>
        groups.Where(g => g.Id == groupId && g.Status == GroupBuyStatus.Open)
            .ExecuteUpdateAsync(
                u => u.SetProperty(g => g.SeatsTaken, g => g.SeatsTaken - 1)
                    .SetProperty(g => g.PaidCount, g => paid ? g.PaidCount - 1 : g.PaidCount)
                    .SetProperty(g => g.Version, g => paid ? g.Version + 1 : g.Version),
                cancellationToken);
}
