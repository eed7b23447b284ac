-- Headless Neovim (0.7+) smoke test of the language server as a second, non-VS Code client:
-- starts `node dist/server.js --stdio`, opens a corpus fixture and checks document symbols,
-- hovers on figures, claim diagnostics and the "Mark claim as verified" code action.
-- Run by test/nvim/run.sh; exits with `cquit 1` on any miss.
local server = assert(vim.env.SEED_REVIEW_SERVER, 'SEED_REVIEW_SERVER is not set')
local fixture = assert(vim.env.SEED_REVIEW_FIXTURE, 'SEED_REVIEW_FIXTURE is not set')
local timeout_ms = 15000

local passed, failed = 0, 0

local function report(ok, what, detail)
  if ok then
    passed = passed + 1
    io.stdout:write('  ok   ' .. what .. '\n')
  else
    failed = failed + 1
    io.stdout:write('  FAIL ' .. what .. (detail and (': ' .. detail) or '') .. '\n')
  end
end

local function finish()
  io.stdout:write(string.format('%d passed, %d failed\n', passed, failed))
  vim.cmd(failed == 0 and 'qall!' or 'cquit 1')
end

-- 0-based LSP position of the first occurrence of `needle` in the buffer (ASCII fixture, so
-- byte columns equal UTF-16 columns).
local function locate(bufnr, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then return { line = i - 1, character = col - 1 } end
  end
  error('fixture lacks ' .. needle)
end

local function hover_text(result)
  if not result or not result.contents then return '' end
  local contents = result.contents
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, item in ipairs(contents) do parts[#parts + 1] = type(item) == 'string' and item or item.value end
  return table.concat(parts, '\n')
end

-- Neovim keeps diagnostics in its own shape; code actions need the protocol one back (the
-- server reads `data` from it).
local function to_lsp_diagnostic(d)
  local lsp = d.user_data and d.user_data.lsp or {}
  return {
    range = {
      start = { line = d.lnum, character = d.col },
      ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    severity = d.severity,
    message = d.message,
    source = d.source,
    code = d.code or lsp.code,
    data = lsp.data,
  }
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'seed-corpus' -- sent as the languageId in didOpen

  local client_id = vim.lsp.start_client({
    name = 'seed-review',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fixture, ':h:h'),
  })
  report(client_id ~= nil, 'server process starts')
  if not client_id then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local doc = { uri = vim.uri_from_bufnr(bufnr) }

  -- Diagnostics arrive by notification once the server has analysed the opened document.
  local got_diagnostics = vim.wait(timeout_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  report(got_diagnostics, 'diagnostics published', 'none within ' .. timeout_ms .. ' ms')

  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = doc }, timeout_ms, bufnr)
  local names = {}
  for _, symbol in ipairs((symbols and symbols.result) or {}) do names[#names + 1] = symbol.name end
  local expected = {
    'Lattice Fabric Brings Faster Training to Small Labs',
    'Counting Marsh Birds with Low-Power Recorders',
    'A Quieter Cooling Loop for Edge Servers',
  }
  report(vim.deep_equal(names, expected), 'document symbols are the three articles', vim.inspect(names))

  local function hover_at(needle)
    local params = { textDocument = doc, position = locate(bufnr, needle) }
    local response = client.request_sync('textDocument/hover', params, timeout_ms, bufnr)
    return hover_text(response and response.result)
  end
  local rate = hover_at('400 Gbit/s')
  report(rate:find('Gbit/s', 1, true) and rate:find('400', 1, true), 'hover on 400 Gbit/s shows value and unit', rate:sub(1, 200))
  local money = hover_at('$2.4 million')
  report(money:find('2,400,000', 1, true) or money:find('2400000', 1, true), 'hover on $2.4 million shows 2,400,000', money:sub(1, 200))

  local claim_pos = locate(bufnr, 'most accurate bird-song model')
  local claim_diagnostic
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = claim_pos.line })) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if d.source == 'seed-review' and (d.code or lsp.code) == 'claim.unreviewed' then
      claim_diagnostic = to_lsp_diagnostic(d)
    end
  end
  report(claim_diagnostic ~= nil, 'superlative claim has a claim.unreviewed diagnostic',
    vim.inspect(vim.diagnostic.get(bufnr, { lnum = claim_pos.line })))
  if not claim_diagnostic then return end

  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = doc,
    range = { start = claim_pos, ['end'] = claim_pos },
    context = { diagnostics = { claim_diagnostic } },
  }, timeout_ms, bufnr)
  local verify
  for _, action in ipairs((actions and actions.result) or {}) do
    if action.title:find('Mark claim as verified', 1, true) then verify = action end
  end
  report(verify ~= nil and verify.command ~= nil, 'code action "Mark claim as verified" offered')
  if not verify or not verify.command then return end

  local command = verify.command
  local executed = client.request_sync('workspace/executeCommand',
    { command = command.command, arguments = command.arguments }, timeout_ms, bufnr)
  report(executed ~= nil and executed.err == nil, 'server runs ' .. command.command, vim.inspect(executed and executed.err))
  local review_file = fixture .. '.review.json'
  local written = vim.wait(timeout_ms, function() return vim.fn.filereadable(review_file) == 1 end, 50)
  report(written, 'review file written beside the text', review_file)
  local cleared = vim.wait(timeout_ms, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = claim_pos.line })) do
      local lsp = d.user_data and d.user_data.lsp or {}
      if (d.code or lsp.code) == 'claim.unreviewed' then return false end
    end
    return true
  end, 50)
  report(cleared, 'claim.unreviewed diagnostic gone after tagging')
end

local ok, err = pcall(run)
if not ok then report(false, 'smoke test raised an error', tostring(err)) end
finish()
