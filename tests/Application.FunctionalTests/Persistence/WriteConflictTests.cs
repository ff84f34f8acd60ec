using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Persistence;

/// <summary>
/// Two writers that each hold a row the other is about to insert deadlock; PostgreSQL rolls one back. That save is
/// rejected by a concurrent writer like a unique-index clash, so it must reach handlers as the same
/// <see cref="ConflictException"/> they already re-read and retry on, not as an internal error.
/// </summary>
public sealed class WriteConflictTests : IAsyncLifetime
{
    private readonly OrdersApp _app = new(onPostgreSql: true);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheSaveADeadlockRollsBackIsAConflict()
    {
        var firstHolds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondHolds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var outcomes = await Task.WhenAll(
            InsertCrosswiseAsync("a", "b", firstHolds, secondHolds.Task),
            InsertCrosswiseAsync("b", "a", secondHolds, firstHolds.Task));

        Assert.Single(outcomes, outcome => outcome is ConflictException);
        Assert.Single(outcomes, outcome => outcome is null);
        Assert.Equal(2, await _app.WithDbAsync(db => db.BehaviourEvents.CountAsync()));
    }

    /// <summary>Inserts <paramref name="first"/>, waits until the other writer holds its row, then inserts <paramref name="second"/>.</summary>
    private Task<Exception?> InsertCrosswiseAsync(string first, string second, TaskCompletionSource holding, Task otherHolding) =>
        _app.WithDbAsync<Exception?>(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await SaveEventAsync(db, first);
            holding.SetResult();
            await otherHolding;
            try
            {
                await SaveEventAsync(db, second);
                await transaction.CommitAsync();
                return null;
            }
            catch (ConflictException conflict)
            {
                return conflict;
            }
        });

    private async Task SaveEventAsync(AppDbContext db, string eventId)
    {
        var now = DateTimeOffset.UtcNow;
        db.BehaviourEvents.Add(BehaviourEvent.Track(_app.Buyer.Id, eventId, BehaviourEventKind.View, _app.Course.Id, null, null, null, now, now));
        await db.SaveChangesAsync();
    }
}
