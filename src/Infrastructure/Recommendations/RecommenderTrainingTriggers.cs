using KnowledgePay.Application.Recommendations.Training;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// When the background trainer trains next, and why: every <see cref="RecommenderOptions.TrainingInterval"/>, and
/// <see cref="RecommenderOptions.RetrainAfterCatalogueChange"/> after the first request of a burst (later requests
/// join it, so a burst gives one training; a scheduled training that comes first covers it). A request made while a
/// training runs opens a new window, since that training may have read the catalogue before the change.
/// </summary>
internal sealed class RecommenderTrainingTriggers : IRecommenderTrainingScheduler
{
    private readonly RecommenderOptions _options;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private DateTimeOffset _scheduledAt;
    private RequestedTraining? _requested;
    private TaskCompletionSource _windowOpened = NewSignal();

    public RecommenderTrainingTriggers(RecommenderOptions options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        _scheduledAt = clock.GetUtcNow() + options.TrainingInterval;
    }

    public void RequestTraining(string reason)
    {
        lock (_gate)
        {
            if (_requested is { } requested)
            {
                _requested = requested with { Requests = requested.Requests + 1 };
                return;
            }

            _requested = new RequestedTraining(_clock.GetUtcNow() + _options.RetrainAfterCatalogueChange, reason, 1);
            _windowOpened.SetResult();
            _windowOpened = NewSignal();
        }
    }

    /// <summary>The reason to train now, taking the trigger; null when nothing is due yet.</summary>
    public string? TakeDue()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (now >= _scheduledAt)
            {
                while (_scheduledAt <= now)
                {
                    _scheduledAt += _options.TrainingInterval;
                }

                _requested = null;
                return $"Scheduled (every {_options.TrainingInterval}).";
            }

            if (_requested is { } requested && now >= requested.DueAt)
            {
                _requested = null;
                return requested.Reason;
            }

            return null;
        }
    }

    /// <summary>Returns when a trigger may be due: at the next scheduled time, when a request's window closes, or when a new window opens.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        Task windowOpened;
        TimeSpan delay;
        lock (_gate)
        {
            var wakeAt = _requested is { } requested && requested.DueAt < _scheduledAt ? requested.DueAt : _scheduledAt;
            delay = wakeAt - _clock.GetUtcNow();
            windowOpened = _windowOpened.Task;
        }

        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(Task.Delay(delay, _clock, wake.Token), windowOpened);
        await wake.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record RequestedTraining(DateTimeOffset DueAt, string FirstReason, int Requests)
    {
        public string Reason => Requests == 1 ? FirstReason : $"{FirstReason} And {Requests - 1} more requests.";
    }
}
