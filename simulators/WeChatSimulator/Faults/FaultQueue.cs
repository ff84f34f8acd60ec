using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Faults;

/// <summary>
/// Armed faults per API, each answering a limited number of calls in the order they were armed.
/// Generic over the fault's shape so protocols with other failure kinds keep their own queue.
/// </summary>
internal sealed class FaultQueue<TFault> : ISimulatorState
    where TFault : class
{
    private readonly Lock _lock = new();
    private readonly List<ArmedFault> _armed = [];

    public void Arm(string api, TFault fault, int count)
    {
        lock (_lock)
        {
            _armed.Add(new ArmedFault(api, fault, count));
        }
    }

    public TFault? TryTake(string api)
    {
        lock (_lock)
        {
            var armed = _armed.Find(candidate => candidate.Api == api);
            if (armed is null)
            {
                return null;
            }
            if (--armed.Remaining == 0)
            {
                _armed.Remove(armed);
            }
            return armed.Fault;
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _armed.Clear();
        }
    }

    private sealed class ArmedFault(string api, TFault fault, int remaining)
    {
        public string Api { get; } = api;
        public TFault Fault { get; } = fault;
        public int Remaining { get; set; } = remaining;
    }
}
