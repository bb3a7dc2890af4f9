using System.Diagnostics;
using System.Globalization;

namespace Justice.Benchmarks;

/// <summary>
/// Where the machine's CPU went while a scenario ran: how busy the whole machine was (<c>/proc/stat</c>) and each
/// program's CPU time (<c>/proc/[pid]/stat</c>, summed by program, so every PostgreSQL backend counts as
/// <c>postgres</c>), in cores. A figure short of its target names its bound with it: a machine near 100% busy is bound
/// by its CPU, and the row says which programs took it.
/// </summary>
public static class CpuUse
{
    /// <summary>Clock ticks per second of <c>/proc</c>'s times (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>The machine's and every program's CPU time so far; empty where there is no <c>/proc</c>.</summary>
    public static CpuSample Sample()
    {
        var timestamp = Stopwatch.GetTimestamp();
        if (!File.Exists("/proc/stat"))
        {
            return new CpuSample(timestamp, 0, 0, 0, new Dictionary<string, long>());
        }
        // cpu  user nice system idle iowait irq softirq steal ...
        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        var idle = machine[3] + machine[4];
        var busy = machine.Take(8).Sum() - idle;
        var steal = machine[7];
        var byProgram = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Ticks(pid) is var (program, ticks))
            {
                byProgram[program] = byProgram.GetValueOrDefault(program) + ticks;
            }
        }
        return new CpuSample(timestamp, busy, busy + idle, steal, byProgram);
    }

    /// <summary>What was used between two samples: the machine's busy share and the programs that took more than 2% of a core.</summary>
    public static CpuShare Between(string scenario, CpuSample before, CpuSample after)
    {
        var seconds = Stopwatch.GetElapsedTime(before.Timestamp, after.Timestamp).TotalSeconds;
        var total = after.MachineTotal - before.MachineTotal;
        var busyPercent = total > 0 ? Math.Round(100.0 * (after.MachineBusy - before.MachineBusy) / total) : double.NaN;
        var stealPercent = total > 0 ? Math.Round(100.0 * (after.MachineSteal - before.MachineSteal) / total, 1) : double.NaN;
        var programs = after.TicksByProgram
            .Select(program => new ProgramCpu(program.Key,
                Math.Round((program.Value - before.TicksByProgram.GetValueOrDefault(program.Key)) / TicksPerSecond / seconds, 2)))
            .Where(program => program.Cores >= 0.02)
            .OrderByDescending(program => program.Cores)
            .ToList();
        return new CpuShare(scenario, Math.Round(seconds), busyPercent, stealPercent, programs);
    }

    /// <summary>A process's program name and its user + system time, or null when it ended while being read.</summary>
    private static (string Program, long Ticks)? Ticks(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // it ended between the listing and the read
        }
        // pid (comm) state ppid ... utime stime: the name may hold spaces and parentheses, so fields count from its end.
        var nameEnd = stat.LastIndexOf(')');
        var fields = stat[(nameEnd + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var comm = stat[(stat.IndexOf('(') + 1)..nameEnd];
        return (pid == Environment.ProcessId ? "load generator (and the AppHost)" : ProgramOf(comm), ticks);
    }

    /// <summary>The kernel keeps 15 characters of a name: "Justice.Trainin" is the training service.</summary>
    private static string ProgramOf(string comm) => comm switch
    {
        "beam.smp" or "erl_child_setup" or "epmd" => "rabbitmq",
        "dcp" or "dcpctrl" => "aspire dcp",
        "Justice.Benchma" => "load generator (own process)",
        _ when KernelThreads.Any(prefix => comm.StartsWith(prefix, StringComparison.Ordinal)) => "kernel threads",
        _ when comm.StartsWith("Justice.", StringComparison.Ordinal) => Services.FirstOrDefault(service =>
            service.StartsWith(comm["Justice.".Length..].ToLowerInvariant(), StringComparison.Ordinal)) ?? comm,
        _ => comm,
    };

    private static readonly string[] KernelThreads = ["kworker", "ksoftirqd", "kdamond", "rcu_", "migration"];

    private static readonly string[] Services = ["assessment", "gateway", "identity", "monitoring", "network", "publicity", "training"];
}

/// <param name="Timestamp"><see cref="Stopwatch"/> ticks when taken.</param>
/// <param name="MachineBusy">The machine's busy time in <c>/proc/stat</c> ticks, over all cores.</param>
/// <param name="MachineTotal">Busy and idle time together.</param>
/// <param name="MachineSteal">Time the virtual machine's host ran something else while this machine wanted its cores (part of busy).</param>
public sealed record CpuSample(long Timestamp, long MachineBusy, long MachineTotal, long MachineSteal,
    IReadOnlyDictionary<string, long> TicksByProgram);

/// <summary>
/// One step's use of the CPU: the machine's busy share over its cores (of which <paramref name="StealPercent"/> was taken
/// by the virtual machine's host: a noisy neighbour, not this system), and each program's cores.
/// </summary>
public sealed record CpuShare(string Scenario, double Seconds, double BusyPercent, double StealPercent, IReadOnlyList<ProgramCpu> Programs);

public sealed record ProgramCpu(string Program, double Cores);
