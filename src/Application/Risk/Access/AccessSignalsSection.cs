using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.Access;

/// <summary>The export's <c>sign-ins-and-devices.json</c>: the user's kept sign-ins, stream starts and streaming devices.</summary>
[PersonalDataOf(typeof(AccessSignal), typeof(StreamSighting))]
internal sealed class AccessSignalsSection(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "sign-ins-and-devices";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        Signals = await db.AccessSignals.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderBy(s => s.OccurredAt)
            .Select(s => new { s.Id, Kind = s.Kind.ToString(), s.OccurredAt, s.Address, s.DeviceId })
            .ToListAsync(cancellationToken),
        Devices = await db.StreamSightings.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderBy(s => s.StartedAt)
            .Select(s => new { s.Id, s.DeviceKey, s.Address, s.LessonId, s.StartedAt, s.LastSeenAt })
            .ToListAsync(cancellationToken),
    };
}
