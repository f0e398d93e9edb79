-- tests/cli/lsp_nvim.lua: a real editor on `rapport lsp`. Run by tests/cli/run.sh as
--   RAPPORT_BIN=... LSP_FILE=... LSP_OUT=... nvim --headless -u NONE -i NONE -c "luafile THIS"
-- Neovim's built-in client (0.7, Debian's) opens LSP_FILE, which has a
-- misspelt target, and writes what it sees to LSP_OUT, one fact a line:
--   diag <line> <col> <severity> <message>   the diagnostics it shows
--   complete <labels>                         completion inside `to = "`
--   definition <line>                         where `to = "slog"` leads
--   fixed <line text>                         the line after applying the quick fix
--   clean <count>                             diagnostics once the fix is in
-- Every wait is for a state (vim.wait with a condition), bounded.
local bin, file, out = os.getenv("RAPPORT_BIN"), os.getenv("LSP_FILE"), os.getenv("LSP_OUT")
local lines = {}
local function say(s) lines[#lines + 1] = s end
local function finish()
  local f = assert(io.open(out, "w"))
  f:write(table.concat(lines, "\n"), "\n")
  f:close()
  vim.cmd("qa!")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({ name = "rapport", cmd = { bin, "lsp" },
                                      root_dir = vim.fn.fnamemodify(file, ":h") })
vim.lsp.buf_attach_client(buf, client)

if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  say("timeout waiting for diagnostics")
  return finish()
end
local diags = vim.diagnostic.get(buf)
for _, d in ipairs(diags) do
  say(string.format("diag %d %d %d %s", d.lnum, d.col, d.severity, (d.message:gsub("\n", " "))))
end

-- Completion and definition inside `to = "slgo"` (the misspelt target).
local row, col
for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local c = l:find('to = "slgo"', 1, true)
  if c then row, col = i - 1, c + 5 end -- just inside the quotes
end
local pos = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = col } }
local res = vim.lsp.buf_request_sync(buf, "textDocument/completion", pos, 10000) or {}
local labels = {}
for _, r in pairs(res) do
  for _, item in ipairs((r.result or {}).items or {}) do labels[#labels + 1] = item.label end
end
table.sort(labels)
say("complete " .. table.concat(labels, ","))
local good = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
for i, l in ipairs(good) do
  local c = l:find('to = "ask"', 1, true)
  if c then pos.position = { line = i - 1, character = c + 6 } break end
end
res = vim.lsp.buf_request_sync(buf, "textDocument/definition", pos, 10000) or {}
for _, r in pairs(res) do
  for _, loc in ipairs(r.result or {}) do say("definition " .. loc.range.start.line) end
end

-- The quick fix of the did-you-mean, applied as the editor applies it.
local target
for _, d in ipairs(diags) do
  if d.message:find("did you mean 'slog'", 1, true) then target = d end
end
-- As vim.lsp.buf.code_action does in 0.7: the line's diagnostics, in LSP form.
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
                 range = { start = { line = target.lnum, character = target.col },
                           ["end"] = { line = target.end_lnum, character = target.end_col } },
                 context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, target.lnum) } }
res = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}
for _, r in pairs(res) do
  for _, action in ipairs(r.result or {}) do
    vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  end
end
say("fixed " .. vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1])

-- The client sends the change; the server checks it again.
if not vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
  say("timeout waiting for the fix to check clean")
end
say("clean " .. #vim.diagnostic.get(buf))
finish()
