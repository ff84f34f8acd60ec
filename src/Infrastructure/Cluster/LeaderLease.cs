using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Infrastructure.Data.Providers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KnowledgePay.Infrastructure.Cluster;

/// <summary>
/// The leader lease: on PostgreSQL a session-level advisory lock (<c>pg_try_advisory_lock</c>, see
/// https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS) held on a dedicated connection outside
/// the pool. The server drops the lock with the session, so a node that dies (or whose connection the server loses, e.g.
/// on a restart) frees it at once, and a follower takes it at its next try. The leader runs a cheap query on the same
/// connection every <see cref="ClusterOptions.LeaseCheckInterval"/>; when that fails it stops being leader and competes
/// again. Advisory lock keys are per database, so deployments on one server do not collide. Other providers are a single
/// node: always leader.
/// </summary>
internal sealed class LeaderLease(
    DatabaseOptions database, IOptions<ClusterOptions> options, TimeProvider clock, ILogger<LeaderLease> logger)
    : BackgroundService, ILeadership
{
    /// <summary>The advisory lock's key: "KPLEADER" in ASCII.</summary>
    private const long LockKey = 0x4B504C4541444552;

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(5);

    private readonly bool _singleNode = database.Provider != DatabaseProvider.PostgreSql;
    private volatile bool _held;

    public bool IsLeader => _singleNode || _held;

    public bool MayHavePeers => !_singleNode;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_singleNode)
        {
            return;
        }

        var interval = options.Value.LeaseCheckInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await HoldWhileConnectedAsync(interval, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested
                && exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("The leader lease's connection failed: {Error}", exception.Message);
            }
            finally
            {
                if (_held)
                {
                    _held = false;
                    logger.LogWarning("This node is no longer the leader.");
                }
            }

            await DelayAsync(interval, stoppingToken);
        }
    }

    /// <summary>Tries for the lock on one connection until the connection fails; while held, checks it every interval.</summary>
    private async Task HoldWhileConnectedAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            Timeout = (int)CommandTimeout.TotalSeconds,
            CommandTimeout = (int)CommandTimeout.TotalSeconds,
            ApplicationName = "knowledgepay-leader-lease",
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (_held)
            {
                await ScalarAsync(connection, "SELECT 1", stoppingToken);
            }
            else if (await ScalarAsync(connection, $"SELECT pg_try_advisory_lock({LockKey})", stoppingToken) is true)
            {
                _held = true;
                logger.LogInformation("This node is now the leader.");
            }

            await DelayAsync(interval, stoppingToken);
        }
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task DelayAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(interval, clock, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the session's end frees the lock.
        }
    }
}
